package dev.gazette.local.cloudfront;

import com.sun.net.httpserver.HttpExchange;
import dev.gazette.local.http.LocalHttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * CloudFront's invalidation API (REST-XML, version 2020-05-31) for the local distributions, so
 * that the SDK's own CloudFrontClient runs unchanged: CreateInvalidation, GetInvalidation and
 * ListInvalidations, CloudFront's errors (NoSuchDistribution, NoSuchInvalidation,
 * InvalidationBatchAlreadyExists, TooManyInvalidationsInProgress), and refusals tests can ask for.
 * Requests must be SigV4-signed; the signature itself is not checked.
 */
public final class CloudFrontApiStandIn implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(CloudFrontApiStandIn.class);
  private static final String VERSION = "2020-05-31";
  private static final String NAMESPACE = "http://cloudfront.amazonaws.com/doc/" + VERSION + "/";
  private static final Pattern ROUTE = Pattern.compile("/" + VERSION + "/distribution/([^/]+)/invalidation(?:/([^/]+))?");
  /** Locally an invalidation completes about at once: the edge is emptied when it is created. */
  private static final Duration COMPLETION = Duration.ofMillis(200);

  private final Map<String, InvalidationLedger> distributions = new ConcurrentHashMap<>();
  private final Deque<String> refusals = new ConcurrentLinkedDeque<>();
  private final Clock clock;
  private final LocalHttpServer server;

  public CloudFrontApiStandIn(int port) {
    this(port, Clock.systemUTC());
  }

  CloudFrontApiStandIn(int port, Clock clock) {
    this.clock = clock;
    this.server = new LocalHttpServer("cloudfront", port, this::handle);
  }

  /** Serves this distribution; each accepted invalidation hands its paths to {@code edge} at once. */
  public CloudFrontApiStandIn distribution(String id, Consumer<List<String>> edge) {
    distributions.put(id, new InvalidationLedger(id, edge, clock, COMPLETION));
    return this;
  }

  /** The next {@code times} CreateInvalidation calls are refused with this error code (Throttling, TooManyInvalidationsInProgress). */
  public void refuseNext(String errorCode, int times) {
    for (int i = 0; i < times; i++) {
      refusals.add(errorCode);
    }
  }

  public CloudFrontApiStandIn start() {
    server.start();
    LOG.info("CloudFront API on {} for {}", url(), distributions.keySet());
    return this;
  }

  public URI url() {
    return server.url();
  }

  @Override
  public void close() {
    server.close();
  }

  private void handle(HttpExchange exchange) throws IOException {
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readAllBytes();
    }
    String requestId = UUID.randomUUID().toString();
    exchange.getResponseHeaders().set("x-amz-request-id", requestId);
    try {
      String authorization = exchange.getRequestHeaders().getFirst("Authorization");
      if (authorization == null || !authorization.startsWith("AWS4-HMAC-SHA256 ")) {
        throw new CloudFrontError(403, "AccessDenied", "Requests must be signed with Signature Version 4");
      }
      Matcher route = ROUTE.matcher(exchange.getRequestURI().getPath());
      if (!route.matches()) {
        throw new CloudFrontError(404, "InvalidURI", "No such operation: " + exchange.getRequestURI().getPath());
      }
      InvalidationLedger ledger = distributions.get(route.group(1));
      if (ledger == null) {
        throw new CloudFrontError(404, "NoSuchDistribution", "The specified distribution does not exist: " + route.group(1));
      }
      String method = exchange.getRequestMethod();
      if (method.equals("POST") && route.group(2) == null) {
        create(exchange, ledger, body);
      } else if (method.equals("GET") && route.group(2) != null) {
        Invalidation invalidation = ledger.get(route.group(2)).orElseThrow(() ->
            new CloudFrontError(404, "NoSuchInvalidation", "The specified invalidation does not exist: " + route.group(2)));
        send(exchange, 200, invalidation(invalidation));
      } else if (method.equals("GET")) {
        send(exchange, 200, list(ledger, exchange.getRequestURI().getRawQuery()));
      } else {
        throw new CloudFrontError(405, "MethodNotAllowed", method + " is not allowed here");
      }
    } catch (CloudFrontError e) {
      send(exchange, e.status(), "<ErrorResponse xmlns=\"" + NAMESPACE + "\"><Error><Type>Sender</Type><Code>" + e.code()
          + "</Code><Message>" + escape(e.getMessage()) + "</Message></Error><RequestId>" + requestId
          + "</RequestId></ErrorResponse>");
    }
  }

  private void create(HttpExchange exchange, InvalidationLedger ledger, byte[] body) throws IOException {
    String refusal = refusals.poll();
    if (refusal != null) {
      throw new CloudFrontError(400, refusal, "Refused as the test asked: " + refusal);
    }
    Element batch = parse(body);
    String reference = text(batch, "CallerReference");
    List<String> paths = new ArrayList<>();
    NodeList items = batch.getElementsByTagName("Path");
    for (int i = 0; i < items.getLength(); i++) {
      paths.add(items.item(i).getTextContent());
    }
    String quantity = text(batch, "Quantity");
    if (quantity == null || Integer.parseInt(quantity.trim()) != paths.size()) {
      throw new CloudFrontError(400, "InconsistentQuantities", "Quantity " + quantity + " for " + paths.size() + " path(s)");
    }
    Map.Entry<Invalidation, Boolean> made = ledger.create(reference, paths);
    exchange.getResponseHeaders().set("Location",
        url() + "/" + VERSION + "/distribution/" + ledger.distributionId() + "/invalidation/" + made.getKey().id());
    send(exchange, 201, invalidation(made.getKey()));
  }

  private String invalidation(Invalidation invalidation) {
    StringBuilder xml = new StringBuilder("<Invalidation xmlns=\"" + NAMESPACE + "\"><Id>").append(invalidation.id())
        .append("</Id><Status>").append(invalidation.status(clock.instant())).append("</Status><CreateTime>")
        .append(invalidation.createTime()).append("</CreateTime><InvalidationBatch><Paths><Quantity>")
        .append(invalidation.paths().size()).append("</Quantity><Items>");
    invalidation.paths().forEach(path -> xml.append("<Path>").append(escape(path)).append("</Path>"));
    return xml.append("</Items></Paths><CallerReference>").append(escape(invalidation.callerReference()))
        .append("</CallerReference></InvalidationBatch></Invalidation>").toString();
  }

  /** Newest first, MaxItems at a time (100 by default), continued from Marker (the last id of the page before). */
  private String list(InvalidationLedger ledger, String query) {
    Map<String, String> parameters = new java.util.HashMap<>();
    if (query != null) {
      for (String pair : query.split("&")) {
        int equals = pair.indexOf('=');
        if (equals > 0) {
          parameters.put(pair.substring(0, equals), java.net.URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
      }
    }
    int maxItems = Integer.parseInt(parameters.getOrDefault("MaxItems", "100"));
    String marker = parameters.getOrDefault("Marker", "");
    List<Invalidation> all = ledger.list();
    int start = 0;
    if (!marker.isEmpty()) {
      for (int i = 0; i < all.size(); i++) {
        if (all.get(i).id().equals(marker)) {
          start = i + 1;
        }
      }
    }
    List<Invalidation> page = all.subList(start, Math.min(all.size(), start + maxItems));
    boolean truncated = start + page.size() < all.size();
    Instant now = clock.instant();
    StringBuilder xml = new StringBuilder("<InvalidationList xmlns=\"" + NAMESPACE + "\"><Marker>").append(escape(marker))
        .append("</Marker>");
    if (truncated) {
      xml.append("<NextMarker>").append(page.get(page.size() - 1).id()).append("</NextMarker>");
    }
    xml.append("<MaxItems>").append(maxItems).append("</MaxItems><IsTruncated>").append(truncated)
        .append("</IsTruncated><Quantity>").append(page.size()).append("</Quantity>");
    if (!page.isEmpty()) {
      xml.append("<Items>");
      page.forEach(i -> xml.append("<InvalidationSummary><Id>").append(i.id()).append("</Id><CreateTime>")
          .append(i.createTime()).append("</CreateTime><Status>").append(i.status(now)).append("</Status></InvalidationSummary>"));
      xml.append("</Items>");
    }
    return xml.append("</InvalidationList>").toString();
  }

  private static Element parse(byte[] body) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Document document = factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(body));
      Element root = document.getDocumentElement();
      if (!root.getTagName().endsWith("InvalidationBatch")) {
        throw new CloudFrontError(400, "MalformedInput", "Expected an InvalidationBatch, got " + root.getTagName());
      }
      return root;
    } catch (CloudFrontError e) {
      throw e;
    } catch (Exception e) {
      throw new CloudFrontError(400, "MalformedInput", "The XML is not well formed: " + e.getMessage());
    }
  }

  private static String text(Element parent, String tag) {
    NodeList nodes = parent.getElementsByTagName(tag);
    return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
  }

  private static String escape(String text) {
    return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static void send(HttpExchange exchange, int status, String xml) throws IOException {
    byte[] bytes = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + xml).getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/xml");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
