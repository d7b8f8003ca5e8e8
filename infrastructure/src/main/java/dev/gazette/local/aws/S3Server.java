package dev.gazette.local.aws;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.function.Consumer;
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
  private CrossOriginResourceSharing cors;

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

  /** Answers browsers as these CORS rules say (before {@link #start}); without, no CORS at all. */
  public S3Server withCors(CrossOriginResourceSharing rules) {
    this.cors = rules;
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
    S3Proxy.Builder builder = S3Proxy.builder();
    if (cors != null) {
      builder.corsRules(cors);
    }
    proxy = builder
        .blobStore(new ObjectCreationTap(new PublicAccessBlock(blobStore.getBlobStore()),
            object -> objectCreated.accept(object)))
        .endpoint(URI.create("http://127.0.0.1:" + requestedPort))
        // The SDK sends headers S3Proxy does not know (x-amz-checksum-crc32 on DeleteObjects).
        .ignoreUnknownHeaders(true)
        .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, LocalAws.ACCESS_KEY_ID, LocalAws.SECRET_ACCESS_KEY)
        .build();
    try {
      proxy.start();
    } catch (Exception e) {
      close();
      throw new IllegalStateException("S3Proxy did not start on port " + requestedPort, e);
    }
    LOG.info("S3 (S3Proxy) on {}{}", endpoint(), baseDir == null ? " (in memory)" : ", data in " + baseDir);
    return this;
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
