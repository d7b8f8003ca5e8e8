package dev.gazette.local.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.AbstractHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jetty (the one S3Proxy brings) on the loopback interface, giving its handler each request's
 * target undecoded ({@link RequestTarget}), with an error net: a handler that throws answers a bare 500.
 */
public final class JettyHttpServer implements AutoCloseable {

  /** What answers the requests. */
  @FunctionalInterface
  public interface Handler {
    void handle(RequestTarget target, HttpServletRequest request, HttpServletResponse response) throws IOException;
  }

  private static final Logger LOG = LoggerFactory.getLogger(JettyHttpServer.class);
  // Room for the 20 kB tokens the hostile-input tests send: the stand-in, not Jetty, decides what is too large.
  private static final int MAX_REQUEST_HEAD_BYTES = 64 * 1024;

  private final String name;
  private final int requestedPort;
  private final Handler handler;
  private Server server;
  private ServerConnector connector;

  public JettyHttpServer(String name, int port, Handler handler) {
    this.name = name;
    this.requestedPort = port;
    this.handler = handler;
  }

  public void start() {
    QueuedThreadPool threads = new QueuedThreadPool();
    threads.setName(name);
    threads.setDaemon(true);
    server = new Server(threads);
    HttpConfiguration configuration = new HttpConfiguration();
    configuration.setSendServerVersion(false);
    configuration.setRequestHeaderSize(MAX_REQUEST_HEAD_BYTES);
    connector = new ServerConnector(server, new RawTargetConnectionFactory(configuration));
    connector.setHost("127.0.0.1");
    connector.setPort(requestedPort);
    server.addConnector(connector);
    server.setHandler(new AbstractHandler() {
      @Override
      public void handle(String ignored, Request base, HttpServletRequest request, HttpServletResponse response) {
        base.setHandled(true);
        handleSafely(RequestTarget.parse(RawTargetConnectionFactory.rawTarget(base)), request, response);
      }
    });
    try {
      server.start();
    } catch (Exception e) {
      close();
      throw new IllegalStateException("Cannot listen on port " + requestedPort + " for the " + name
          + " (already in use? choose another port)", e);
    }
  }

  public int port() {
    return connector.getLocalPort();
  }

  public URI url() {
    return LocalHttpServer.url(port());
  }

  @Override
  public void close() {
    if (server != null) {
      try {
        server.stop();
      } catch (Exception e) {
        LOG.warn("The {} server did not stop cleanly", name, e);
      }
      server = null;
    }
  }

  private void handleSafely(RequestTarget target, HttpServletRequest request, HttpServletResponse response) {
    try {
      handler.handle(target, request, response);
    } catch (IOException | RuntimeException e) {
      LOG.warn("{}: {} {} failed", name, request.getMethod(), target.rawPath(), e);
      if (!response.isCommitted()) {
        response.reset();
        response.setStatus(500);
      }
    }
  }
}
