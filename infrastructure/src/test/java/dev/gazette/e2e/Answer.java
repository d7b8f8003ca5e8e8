package dev.gazette.e2e;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** What the API answered: status, headers and body, whether read by java.net.http or off a socket. */
record Answer(int status, HttpHeaders headers, String body) {

  static Answer of(HttpResponse<String> response) {
    return new Answer(response.statusCode(), response.headers(), response.body());
  }

  /**
   * A GET written by hand on a socket, for request targets java.net.URI refuses to build
   * ({@code /articles/%zz}), as a broken client or an attacker would send them.
   */
  static Answer rawGet(URI server, String target, String bearerToken) throws IOException {
    try (Socket socket = new Socket(server.getHost(), server.getPort())) {
      socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
          + bearerToken + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int endOfHead = answer.indexOf("\r\n\r\n");
      String[] head = answer.substring(0, endOfHead).split("\r\n");
      Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      for (int i = 1; i < head.length; i++) {
        int colon = head[i].indexOf(':');
        headers.computeIfAbsent(head[i].substring(0, colon).trim(), name -> new ArrayList<>())
            .add(head[i].substring(colon + 1).trim());
      }
      return new Answer(Integer.parseInt(head[0].split(" ")[1]), HttpHeaders.of(headers, (name, value) -> true),
          answer.substring(endOfHead + 4));
    }
  }

  Optional<String> header(String name) {
    return headers.firstValue(name);
  }

  @Override
  public String toString() {
    return status + " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
  }
}
