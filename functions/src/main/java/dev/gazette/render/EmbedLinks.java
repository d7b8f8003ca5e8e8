package dev.gazette.render;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the URL of a post or video an embed can show, strictly: http(s) only, no user or
 * port, the provider's exact host names, its path shapes, and an id of the provider's pattern.
 * Anything else, a look-alike host or an id with a quote among them, is no embed and stays an
 * ordinary link.
 */
final class EmbedLinks {

  private static final int MAX_LENGTH = 300;
  private static final Pattern YOUTUBE_ID = Pattern.compile("[A-Za-z0-9_-]{11}");
  private static final Pattern YOUTUBE_PATH = Pattern.compile("/(?:shorts|embed|live)/([A-Za-z0-9_-]{11})/?");
  private static final Pattern YOUTU_BE_PATH = Pattern.compile("/([A-Za-z0-9_-]{11})/?");
  private static final Pattern VIMEO_PATH = Pattern.compile("/(?:video/)?([0-9]{1,12})/?");
  private static final Pattern DAILYMOTION_PATH = Pattern.compile("/video/([a-zA-Z0-9]{5,12})/?");
  private static final Pattern DAI_LY_PATH = Pattern.compile("/([a-zA-Z0-9]{5,12})/?");
  private static final Pattern X_PATH =
      Pattern.compile("/([A-Za-z0-9_]{1,15})/status/([0-9]{1,20})(?:/(?:photo|video)/[1-4])?/?");
  private static final Pattern INSTAGRAM_PATH = Pattern.compile("/(?:p|reel|reels|tv)/([A-Za-z0-9_-]{5,40})/?");
  private static final Pattern TIKTOK_PATH = Pattern.compile("/@([A-Za-z0-9_.]{1,24})/video/([0-9]{1,20})/?");

  private static final Set<String> YOUTUBE = Set.of("youtube.com", "www.youtube.com", "m.youtube.com");
  private static final Set<String> VIMEO = Set.of("vimeo.com", "www.vimeo.com", "player.vimeo.com");
  private static final Set<String> DAILYMOTION = Set.of("dailymotion.com", "www.dailymotion.com");
  private static final Set<String> X = Set.of("x.com", "www.x.com", "twitter.com", "www.twitter.com",
      "mobile.twitter.com", "mobile.x.com");
  private static final Set<String> INSTAGRAM = Set.of("instagram.com", "www.instagram.com");
  private static final Set<String> TIKTOK = Set.of("tiktok.com", "www.tiktok.com", "m.tiktok.com");

  private EmbedLinks() {}

  /** The embed this URL names, or empty if it names none we show. */
  static Optional<Embed> of(String url) {
    if (url == null || url.isEmpty() || url.length() > MAX_LENGTH || !printableAscii(url)) {
      return Optional.empty();
    }
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
    String scheme = uri.getScheme();
    if (scheme == null || !(scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http"))
        || uri.getRawUserInfo() != null || uri.getPort() != -1 || uri.getHost() == null
        || uri.getRawPath() == null) {
      return Optional.empty();
    }
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    String path = uri.getRawPath();
    String query = uri.getRawQuery();
    if (YOUTUBE.contains(host)) {
      if (path.equals("/watch")) {
        String id = parameter(query, "v");
        return id != null && YOUTUBE_ID.matcher(id).matches() ? youtube(id) : Optional.empty();
      }
      return match(YOUTUBE_PATH, path).map(m -> youtube(m.group(1)).orElseThrow());
    }
    if (host.equals("youtu.be")) {
      return match(YOUTU_BE_PATH, path).map(m -> youtube(m.group(1)).orElseThrow());
    }
    if (VIMEO.contains(host)) {
      return match(VIMEO_PATH, path).filter(m -> host.startsWith("player.") == path.startsWith("/video/"))
          .map(m -> new Embed(EmbedProvider.VIMEO, m.group(1), "https://vimeo.com/" + m.group(1)));
    }
    if (DAILYMOTION.contains(host)) {
      return match(DAILYMOTION_PATH, path).map(m -> dailymotion(m.group(1)));
    }
    if (host.equals("dai.ly")) {
      return match(DAI_LY_PATH, path).map(m -> dailymotion(m.group(1)));
    }
    if (X.contains(host)) {
      return match(X_PATH, path).map(m -> new Embed(EmbedProvider.X, m.group(2),
          "https://x.com/" + m.group(1) + "/status/" + m.group(2)));
    }
    if (INSTAGRAM.contains(host)) {
      return match(INSTAGRAM_PATH, path).map(m -> new Embed(EmbedProvider.INSTAGRAM, m.group(1),
          "https://www.instagram.com/p/" + m.group(1) + "/"));
    }
    if (TIKTOK.contains(host)) {
      return match(TIKTOK_PATH, path).map(m -> new Embed(EmbedProvider.TIKTOK, m.group(2),
          "https://www.tiktok.com/@" + m.group(1) + "/video/" + m.group(2)));
    }
    return Optional.empty();
  }

  private static Optional<Embed> youtube(String id) {
    return Optional.of(new Embed(EmbedProvider.YOUTUBE, id, "https://www.youtube.com/watch?v=" + id));
  }

  private static Embed dailymotion(String id) {
    return new Embed(EmbedProvider.DAILYMOTION, id, "https://www.dailymotion.com/video/" + id);
  }

  private static Optional<Matcher> match(Pattern pattern, String path) {
    Matcher matcher = pattern.matcher(path);
    return matcher.matches() ? Optional.of(matcher) : Optional.empty();
  }

  /** The raw value of a query parameter, or null; the first one if repeated. */
  private static String parameter(String query, String name) {
    if (query == null) {
      return null;
    }
    for (String pair : query.split("&", -1)) {
      if (pair.startsWith(name + "=")) {
        return pair.substring(name.length() + 1);
      }
    }
    return null;
  }

  /** Visible ASCII only: no spaces, controls or look-alike letters from other scripts. */
  private static boolean printableAscii(String url) {
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c <= ' ' || c >= 0x7f) {
        return false;
      }
    }
    return true;
  }
}
