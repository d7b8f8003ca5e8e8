package dev.gazette.handlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import dev.gazette.media.ImageLimits;
import dev.gazette.media.ImageProcessor;
import dev.gazette.media.MediaProcessing;
import dev.gazette.runtime.FunctionEnvironments;
import dev.gazette.runtime.LogContext;
import dev.gazette.site.Site;
import dev.gazette.site.SitePaths;
import dev.gazette.store.AwsClients;
import dev.gazette.store.DynamoMediaStore;
import dev.gazette.store.S3RenditionFiles;
import dev.gazette.store.S3UploadedFiles;
import java.time.Clock;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lambda entry point for S3's ObjectCreated events on the uploads prefix: turns each upload into
 * its renditions. A failure is thrown after the other records are done, so Lambda retries the
 * event and then sends it to the failure destination; a retry changes nothing already done.
 */
public final class MediaHandler implements RequestHandler<S3Event, Integer> {
  private static final Logger log = LoggerFactory.getLogger(MediaHandler.class);
  private static final String UPLOADS = "uploads/";
  private final MediaProcessing processing;

  public MediaHandler() {
    this(System.getenv());
  }

  /** The function as Lambda would build it with this environment (the local cloud uses this). */
  public MediaHandler(Map<String, String> env) {
    this(wire(FunctionEnvironments.MEDIA.restrict(env)));
  }

  MediaHandler(MediaProcessing processing) {
    this.processing = processing;
  }

  @Override
  public Integer handleRequest(S3Event event, Context context) {
    try (LogContext.Scope invocation = LogContext.invocation(context.getAwsRequestId())) {
      int processed = 0;
      RuntimeException failed = null;
      for (S3EventNotificationRecord record : event.getRecords()) {
        String key = record.getS3().getObject().getUrlDecodedKey();
        if (!key.startsWith(UPLOADS) || key.length() == UPLOADS.length()) {
          continue;
        }
        String mediaId = key.substring(UPLOADS.length());
        try (LogContext.Scope media = LogContext.media(mediaId)) {
          log.info("upload {}: {}", mediaId, processing.process(mediaId));
          processed++;
        } catch (RuntimeException failure) {
          log.error("upload {} could not be processed", mediaId, failure);
          failed = failure;
        }
      }
      if (failed != null) {
        throw failed;
      }
      return processed;
    }
  }

  private static MediaProcessing wire(Map<String, String> env) {
    AwsClients aws = new AwsClients(env);
    var s3 = aws.s3();
    Clock clock = Clock.systemUTC();
    return new MediaProcessing(new DynamoMediaStore(aws.dynamoDb(), aws.required("TABLE_NAME")),
        new S3UploadedFiles(s3, aws.required("UPLOADS_BUCKET")),
        new S3RenditionFiles(s3, aws.required("BUCKET_NAME"), new SitePaths(Site.from(env))),
        // Built at init: the WebP library's native code loads here, into the SnapStart snapshot.
        new ImageProcessor(ImageLimits.defaults()), clock);
  }
}
