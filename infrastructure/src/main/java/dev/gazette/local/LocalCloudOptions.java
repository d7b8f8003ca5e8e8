package dev.gazette.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * How to start the local cloud: ports (0 = any free port), the data directory, the template and
 * whether to load the sample articles, whether the CDN caches as CloudFront does (the command) or
 * passes every request to the bucket (tests that read what was just written), and the built desk
 * the CDN serves under /desk/ (null: none).
 */
public record LocalCloudOptions(
    int apiPort,
    int cdnPort,
    int dynamoDbPort,
    int s3Port,
    int identityPort,
    Path dataDir,
    Path template,
    Samples samples,
    boolean cdnCaching,
    Path deskDist) {

  /** When the sample articles are posted through the API at start-up. */
  public enum Samples { ALWAYS, WHEN_EMPTY, NEVER }

  public static final String USAGE = """
          Usage: ./gazette up [options]
            --api-port N       editor API port (default 3000)
            --cdn-port N       site (CDN stand-in) port (default 8080)
            --dynamodb-port N  DynamoDB (dynoxide) port (default: any free port)
            --s3-port N        S3 (S3Proxy) port (default: any free port)
            --idp-port N       identity provider (OIDC, the desk's sign-in) port (default 3001)
            --desk DIR         the built desk served at /desk/ (default desk/dist of the checkout, if built)
            --data DIR         where table, bucket, keys and checkpoints live (default .gazette)
            --template FILE    SAM template (default: template.yaml of the checkout)
            --sample           post the sample articles (default: only into an empty table)
            --no-sample        never post the sample articles
            --no-cdn-cache     the CDN passes every request to the bucket (default: caches as CloudFront)
          """;

  /** The command's defaults: fixed ports for the API and the site, data in {@code ./.gazette}. */
  public static LocalCloudOptions defaults() {
    Path desk = ProjectRoot.find().resolve("desk/dist");
    return new LocalCloudOptions(3000, 8080, 0, 0, 3001, Path.of(".gazette"),
        ProjectRoot.find().resolve("template.yaml"), Samples.WHEN_EMPTY, true,
        Files.isRegularFile(desk.resolve("index.html")) ? desk : null);
  }

  /** Any free ports, the given directory, the checkout's template, no samples, no CDN cache: for tests. */
  public static LocalCloudOptions forTests(Path dataDir) {
    return new LocalCloudOptions(0, 0, 0, 0, 0, dataDir, ProjectRoot.find().resolve("template.yaml"), Samples.NEVER,
        false, null);
  }

  public LocalCloudOptions withTemplate(Path file) {
    return new LocalCloudOptions(apiPort, cdnPort, dynamoDbPort, s3Port, identityPort, dataDir, file, samples,
        cdnCaching, deskDist);
  }

  public LocalCloudOptions withCdnPort(int port) {
    return new LocalCloudOptions(apiPort, port, dynamoDbPort, s3Port, identityPort, dataDir, template, samples,
        cdnCaching, deskDist);
  }

  /** The CDN keeps copies as the template's cache policy says, as CloudFront would. */
  public LocalCloudOptions withCdnCaching(boolean caching) {
    return new LocalCloudOptions(apiPort, cdnPort, dynamoDbPort, s3Port, identityPort, dataDir, template, samples,
        caching, deskDist);
  }

  public LocalCloudOptions withSamples(Samples when) {
    return new LocalCloudOptions(apiPort, cdnPort, dynamoDbPort, s3Port, identityPort, dataDir, template, when,
        cdnCaching, deskDist);
  }

  /** The CDN serves this built desk under /desk/, with its config.json for this cloud. */
  public LocalCloudOptions withDesk(Path dist) {
    return new LocalCloudOptions(apiPort, cdnPort, dynamoDbPort, s3Port, identityPort, dataDir, template, samples,
        cdnCaching, dist);
  }

  /** The defaults changed by command-line flags ({@code --flag value} or {@code --flag=value}). */
  public static LocalCloudOptions parse(String... args) {
    LocalCloudOptions options = defaults();
    for (int i = 0; i < args.length; i++) {
      String flag = args[i];
      String value = null;
      int equals = flag.indexOf('=');
      if (equals > 0) {
        value = flag.substring(equals + 1);
        flag = flag.substring(0, equals);
      } else if (takesValue(flag)) {
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException(flag + " needs a value\n" + USAGE);
        }
        value = args[++i];
      }
      options = options.with(flag.toLowerCase(Locale.ROOT), value);
    }
    return options;
  }

  private static boolean takesValue(String flag) {
    return switch (flag) {
      case "--api-port", "--cdn-port", "--dynamodb-port", "--s3-port", "--idp-port", "--data", "--template",
          "--desk" -> true;
      default -> false;
    };
  }

  private LocalCloudOptions with(String flag, String value) {
    return switch (flag) {
      case "--api-port" -> new LocalCloudOptions(port(flag, value), cdnPort, dynamoDbPort, s3Port, identityPort,
          dataDir, template, samples, cdnCaching, deskDist);
      case "--cdn-port" -> withCdnPort(port(flag, value));
      case "--dynamodb-port" -> new LocalCloudOptions(apiPort, cdnPort, port(flag, value), s3Port, identityPort,
          dataDir, template, samples, cdnCaching, deskDist);
      case "--s3-port" -> new LocalCloudOptions(apiPort, cdnPort, dynamoDbPort, port(flag, value), identityPort,
          dataDir, template, samples, cdnCaching, deskDist);
      case "--idp-port" -> new LocalCloudOptions(apiPort, cdnPort, dynamoDbPort, s3Port, port(flag, value),
          dataDir, template, samples, cdnCaching, deskDist);
      case "--data" -> new LocalCloudOptions(apiPort, cdnPort, dynamoDbPort, s3Port, identityPort, Path.of(value),
          template, samples, cdnCaching, deskDist);
      case "--desk" -> withDesk(desk(value));
      case "--template" -> withTemplate(Path.of(value));
      case "--sample" -> withSamples(Samples.ALWAYS);
      case "--no-sample" -> withSamples(Samples.NEVER);
      case "--no-cdn-cache" -> withCdnCaching(false);
      default -> throw new IllegalArgumentException("Unknown option " + flag + "\n" + USAGE);
    };
  }

  private static Path desk(String value) {
    Path dist = Path.of(value);
    if (!Files.isRegularFile(dist.resolve("index.html"))) {
      throw new IllegalArgumentException("--desk " + value + " holds no index.html: build the desk first"
          + " (npm --prefix desk run build)");
    }
    return dist;
  }

  private static int port(String flag, String value) {
    try {
      int port = Integer.parseInt(value);
      if (port < 0 || port > 65535) {
        throw new NumberFormatException();
      }
      return port;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(flag + " expects a port number, got " + value);
    }
  }
}
