package dev.gazette.local.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JDK HTTP server on the loopback interface, with a thread pool and an error net: enough for
 * the CDN stand-in, which serves decoded paths. The API stand-in needs raw targets: {@link JettyHttpServer}.
 */
public final class LocalHttpServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(LocalHttpServer.class);

  static {
    // The JDK server leaves Nagle's algorithm on: a client that keeps its connection and sends a
    // body after its headers waits for the delayed ACK, about 40 ms a request (48 ms measured
    // per key value store call, 2 ms with this). Read once, when the first server is made.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private final String name;
  private final int requestedPort;
  private final HttpHandler handler;
  private HttpServer server;
  private ExecutorService executor;

  public LocalHttpServer(String name, int port, HttpHandler handler) {
    this.name = name;
    this.requestedPort = port;
    this.handler = handler;
  }

  public void start() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), requestedPort), 64);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot listen on port " + requestedPort + " for the " + name
          + " (already in use? choose another port)", e);
    }
    AtomicInteger threads = new AtomicInteger();
    executor = Executors.newCachedThreadPool(task -> {
      Thread thread = new Thread(task, name + "-" + threads.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    server.setExecutor(executor);
    server.createContext("/", this::handleSafely);
    server.start();
  }

  public int port() {
    return server.getAddress().getPort();
  }

  public URI url() {
    return url(port());
  }

  /** The address a stand-in listening on {@code port} is reached at. */
  public static URI url(int port) {
    return URI.create("http://localhost:" + port);
  }

  @Override
  public void close() {
    if (server != null) {
      server.stop(0);
      executor.shutdownNow();
      server = null;
    }
  }

  private void handleSafely(HttpExchange exchange) {
    try (exchange) {
      handler.handle(exchange);
    } catch (IOException | RuntimeException e) {
      LOG.warn("{}: {} {} failed", name, exchange.getRequestMethod(), exchange.getRequestURI(), e);
      try {
        exchange.sendResponseHeaders(500, -1);
      } catch (IOException | RuntimeException alreadySent) {
        // headers were already sent: the client sees a cut response
      }
    }
  }
}
