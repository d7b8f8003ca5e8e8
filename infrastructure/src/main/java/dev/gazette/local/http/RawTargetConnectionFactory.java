package dev.gazette.local.http;

import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpChannelOverHttp;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnection;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;

/**
 * HTTP/1.1 connections that keep each request's target exactly as the client sent it. Jetty
 * decodes and normalises the target while parsing the request line and answers a bare 400 for
 * one it cannot ({@code %zz}, {@code /a/../..}) before any handler runs; API Gateway instead hands
 * the raw path to its own checks. So Jetty is given a placeholder target, and the handler reads
 * the client's from {@link #rawTarget(Request)}.
 */
final class RawTargetConnectionFactory extends HttpConnectionFactory {

  RawTargetConnectionFactory(HttpConfiguration configuration) {
    super(configuration);
  }

  /** The request target of the request line, undecoded (origin form, or absolute form from a proxy). */
  static String rawTarget(Request request) {
    return ((RawTargetChannel) request.getHttpChannel()).rawTarget;
  }

  @Override
  public Connection newConnection(Connector connector, EndPoint endPoint) {
    HttpConnection connection = new HttpConnection(getHttpConfiguration(), connector, endPoint,
        isRecordHttpComplianceViolations()) {
      @Override
      protected HttpChannelOverHttp newHttpChannel() {
        return new RawTargetChannel(this, getConnector(), getHttpConfiguration(), getEndPoint());
      }
    };
    return configure(connection, connector, endPoint);
  }

  /** The channel of one connection: it parses one request at a time, so one field holds its target. */
  private static final class RawTargetChannel extends HttpChannelOverHttp {
    private volatile String rawTarget;

    RawTargetChannel(HttpConnection connection, Connector connector, HttpConfiguration configuration,
        EndPoint endPoint) {
      super(connection, connector, configuration, endPoint, connection);
    }

    @Override
    public void startRequest(String method, String target, HttpVersion version) {
      rawTarget = target;
      super.startRequest(method, "/", version);
    }
  }
}
