package dev.gazette.local.aws;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.function.Consumer;
import dev.gazette.local.template.CorsRule;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.CrossOriginResourceSharing;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The S3 API of the local cloud: S3Proxy embedded, objects on disk under the data directory
 * (or in memory for tests), requests signed with the {@link LocalAws} key, nothing public. Each
 * object it stores is told to the listener {@link #onObjectCreated} sets, for the S3 event stand-in.
 */
public final class S3Server implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(S3Server.class);

  private final Path baseDir;
  private final int requestedPort;
  private BlobStoreContext blobStore;
  private S3Proxy proxy;
  private volatile Consumer<CreatedObject> objectCreated = object -> { };
  private List<CorsRule> corsRules = List.of();

  private S3Server(Path baseDir, int port) {
    this.baseDir = baseDir;
    this.requestedPort = port;
  }

  /** Objects kept as files under {@code baseDir}; they survive restarts. */
  public static S3Server onDisk(Path baseDir, int port) {
    return new S3Server(baseDir, port);
  }

  /** Objects kept in memory: for tests. */
  public static S3Server inMemory(int port) {
    return new S3Server(null, port);
  }

  /**
   * Answers browsers as these rules allow (preflights, Access-Control-* headers). S3Proxy has one
   * CORS setting for the whole server: it gets the union of the rules, on every bucket, which
   * only ever allows more than S3 would on a bucket without rules; set before {@link #start}.
   */
  public S3Server withCors(List<CorsRule> rules) {
    this.corsRules = List.copyOf(rules);
    return this;
  }

  public S3Server start() {
    Properties properties = new Properties();
    String provider = "transient-nio2";
    if (baseDir != null) {
      createDirectories(baseDir);
      provider = "filesystem-nio2";
      properties.setProperty("jclouds.filesystem.basedir", baseDir.toAbsolutePath().toString());
    }
    blobStore = ContextBuilder.newBuilder(provider)
        .credentials("local", "local")
        .overrides(properties)
        .build(BlobStoreContext.class);
    S3Proxy.Builder builder = S3Proxy.builder()
        .blobStore(new ObjectCreationTap(new PublicAccessBlock(blobStore.getBlobStore()),
            object -> objectCreated.accept(object)))
        .endpoint(URI.create("http://127.0.0.1:" + requestedPort))
        // The SDK sends headers S3Proxy does not know (x-amz-checksum-crc32 on DeleteObjects).
        .ignoreUnknownHeaders(true)
        .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, LocalAws.ACCESS_KEY_ID, LocalAws.SECRET_ACCESS_KEY);
    if (!corsRules.isEmpty()) {
      // S3 compares header names ignoring case, S3Proxy exactly; browsers ask in lower case.
      builder.corsRules(new CrossOriginResourceSharing(union(CorsRule::allowedOrigins), union(CorsRule::allowedMethods),
          union(CorsRule::allowedHeaders).stream().map(header -> header.toLowerCase(Locale.ROOT)).toList(),
          union(CorsRule::exposedHeaders), "false"));
    }
    proxy = builder.build();
    try {
      proxy.start();
    } catch (Exception e) {
      close();
      throw new IllegalStateException("S3Proxy did not start on port " + requestedPort, e);
    }
    LOG.info("S3 (S3Proxy) on {}{}", endpoint(), baseDir == null ? " (in memory)" : ", data in " + baseDir);
    return this;
  }

  private List<String> union(java.util.function.Function<CorsRule, List<String>> values) {
    return corsRules.stream().flatMap(rule -> values.apply(rule).stream()).distinct().toList();
  }

  public int port() {
    return proxy.getPort();
  }

  /**
   * Who is told each object stored from now on, on the thread that stored it, before S3Proxy
   * answers the request. Settable after {@link #start}, once what listens knows this server's address.
   */
  public void onObjectCreated(Consumer<CreatedObject> listener) {
    this.objectCreated = listener;
  }

  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + port());
  }

  /** A new client for this server; the caller closes it. */
  public S3Client client() {
    return LocalAws.s3Client(endpoint());
  }

  @Override
  public void close() {
    try {
      if (proxy != null) {
        proxy.stop();
      }
    } catch (Exception e) {
      LOG.warn("S3Proxy did not stop cleanly", e);
    } finally {
      proxy = null;
      if (blobStore != null) {
        blobStore.close();
        blobStore = null;
      }
    }
  }

  private static void createDirectories(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
