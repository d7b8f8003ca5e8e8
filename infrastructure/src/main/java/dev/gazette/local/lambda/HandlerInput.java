package dev.gazette.local.lambda;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.amazonaws.services.lambda.runtime.serialization.factories.JacksonFactory;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;

/**
 * The input type a handler declares, and an event's JSON turned into it as Lambda's Java runtime
 * does: with the runtime's own serializers (aws-lambda-java-serialization), which know the
 * events library's types (S3Event and its Joda times among them) and bind other types with Jackson.
 */
public final class HandlerInput {

  private HandlerInput() {
  }

  /** The {@code I} of the {@code RequestHandler<I, O>} the class implements; Object if it cannot tell. */
  public static Class<?> typeOf(Class<?> handlerClass) {
    for (Class<?> type = handlerClass; type != null; type = type.getSuperclass()) {
      for (Type implemented : type.getGenericInterfaces()) {
        if (implemented instanceof ParameterizedType parameterized
            && parameterized.getRawType() == RequestHandler.class) {
          Type input = parameterized.getActualTypeArguments()[0];
          if (input instanceof Class<?> inputClass) {
            return inputClass;
          }
          if (input instanceof ParameterizedType generic && generic.getRawType() instanceof Class<?> raw) {
            return raw;
          }
        }
      }
    }
    return Object.class;
  }

  /** The event as the handler of {@code type} receives it in Lambda. */
  public static <T> T fromJson(Class<T> type, String json) {
    PojoSerializer<T> serializer = LambdaEventSerializers.isLambdaSupportedEvent(type.getName())
        ? LambdaEventSerializers.serializerFor(type, type.getClassLoader())
        : JacksonFactory.getInstance().getSerializer(type);
    return serializer.fromJson(json);
  }
}
