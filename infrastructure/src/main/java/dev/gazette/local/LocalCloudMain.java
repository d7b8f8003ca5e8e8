package dev.gazette.local;

import dev.gazette.local.apigateway.oidc.LocalEditors;
import dev.gazette.local.aws.LocalAws;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** The {@code ./gazette up} command: starts the local cloud, says what it serves, runs until Ctrl-C. */
final class LocalCloudMain {

  private LocalCloudMain() {
  }

  static void run(String[] args) throws InterruptedException {
    if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
      System.out.print(LocalCloudOptions.USAGE);
      return;
    }
    LocalCloudOptions options;
    try {
      options = LocalCloudOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    CountDownLatch stopRequested = new CountDownLatch(1);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      stopRequested.countDown();
      try {
        // Ctrl-C: let main close everything (dynoxide included) before the JVM goes.
        stopped.await(20, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "local-cloud-shutdown"));
    try (LocalCloud cloud = LocalCloud.start(options)) {
      describe(cloud, System.out);
      stopRequested.await();
      System.out.println("\nStopping the local cloud…");
    } catch (RuntimeException e) {
      System.err.println("The local cloud could not start: " + e.getMessage()
          + (e.getCause() != null ? "\n  cause: " + e.getCause() : ""));
      stopped.countDown();
      System.exit(1);
    } finally {
      stopped.countDown();
    }
  }

  /** Every bucket, the CDN's first: "site (CDN), uploads (private)". */
  private static String buckets(LocalCloud cloud) {
    StringBuilder names = new StringBuilder(cloud.bucketName() + " (CDN)");
    cloud.stack().buckets().values().stream().filter(name -> !name.equals(cloud.bucketName()))
        .forEach(name -> names.append(", ").append(name).append(" (private)"));
    return names.toString();
  }

  private static void describe(LocalCloud cloud, PrintStream out) {
    Path data = cloud.dataDir();
    String tokenFile = data.resolve("editor.jwt").toString();
    out.printf("""

            Gazette local cloud is running.
              Editor API   %s
              Site (CDN)   %s/
              Desk         %s
              Sign-in      %s  (OIDC) editors %s, password %s
              DynamoDB     %s  table %s
              S3           %s  buckets %s
              Data         %s

            Editor token (valid 30 days, also in %s):
            %s

            Try:
              curl -i -X POST %s/articles \\
                -H "Authorization: Bearer $(cat %s)" -H 'Content-Type: application/json' \\
                -d '{"title":"Bonjour","body":"Un *premier* article.","author":"Moi","location":"Paris","topics":["Essais"],"status":"published"}'
              then open %s/ ; aws CLI: AWS_ACCESS_KEY_ID=%s AWS_SECRET_ACCESS_KEY=%s aws --region %s --endpoint-url %s s3 ls s3://%s --recursive

            Ctrl-C stops everything.
            """,
        cloud.apiUrl(), cloud.cdnUrl(),
        cloud.deskUrl().map(URI::toString).orElse("not built (npm --prefix desk ci && npm --prefix desk run build)"),
        cloud.identityProviderUrl(),
        String.join(", ", LocalEditors.ACCOUNTS.stream().map(LocalEditors.LocalEditor::username).toList()),
        LocalEditors.PASSWORD,
        cloud.dynamoDbEndpoint(), cloud.tableName(),
        cloud.s3Endpoint(), buckets(cloud), data.toAbsolutePath().normalize(),
        tokenFile, cloud.editorToken(),
        cloud.apiUrl(), tokenFile, cloud.cdnUrl(),
        LocalAws.ACCESS_KEY_ID, LocalAws.SECRET_ACCESS_KEY, LocalAws.REGION.id(), cloud.s3Endpoint(),
        cloud.bucketName());
  }
}
