package dev.gazette.local.lambda;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import dev.gazette.local.aws.LocalAws;
import dev.gazette.local.template.FunctionDefinition;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

/** The Lambda {@link Context} of one local invocation: a fresh request id, the function's deadline, a stdout logger. */
public final class LocalContext implements Context {

  private static final LambdaLogger STDOUT = new LambdaLogger() {
    @Override
    public void log(String message) {
      System.out.print(message.endsWith("\n") ? message : message + "\n");
    }

    @Override
    public void log(byte[] message) {
      log(new String(message, StandardCharsets.UTF_8));
    }
  };

  private final String requestId;
  private final String functionName;
  private final int memoryLimitInMb;
  private final long deadlineMillis;

  LocalContext(String requestId, String functionName, Duration timeout, int memoryLimitInMb) {
    this.requestId = requestId;
    this.functionName = functionName;
    this.memoryLimitInMb = memoryLimitInMb;
    this.deadlineMillis = System.currentTimeMillis() + timeout.toMillis();
  }

  public static LocalContext forInvocation(FunctionDefinition function) {
    return forInvocation(function, UUID.randomUUID().toString());
  }

  public static LocalContext forInvocation(FunctionDefinition function, String requestId) {
    return new LocalContext(requestId, function.logicalId(), function.timeout(), function.memorySize());
  }

  @Override
  public String getAwsRequestId() {
    return requestId;
  }

  @Override
  public String getLogGroupName() {
    return "/aws/lambda/" + functionName;
  }

  @Override
  public String getLogStreamName() {
    return "local";
  }

  @Override
  public String getFunctionName() {
    return functionName;
  }

  @Override
  public String getFunctionVersion() {
    return "$LATEST";
  }

  @Override
  public String getInvokedFunctionArn() {
    return "arn:aws:lambda:" + LocalAws.REGION.id() + ":" + LocalAws.ACCOUNT_ID + ":function:" + functionName;
  }

  @Override
  public CognitoIdentity getIdentity() {
    return null;
  }

  @Override
  public ClientContext getClientContext() {
    return null;
  }

  @Override
  public int getRemainingTimeInMillis() {
    return (int) Math.max(0, deadlineMillis - System.currentTimeMillis());
  }

  @Override
  public int getMemoryLimitInMB() {
    return memoryLimitInMb;
  }

  @Override
  public LambdaLogger getLogger() {
    return STDOUT;
  }
}
