package dev.gazette.render;

import java.util.Objects;

/**
 * A post or video of a provider that a body names by its URL alone: its checked id, the address
 * of the original (rebuilt by us from the id, not the editor's text) and the player's address.
 */
record Embed(EmbedProvider provider, String id, String originalUrl) {

  Embed {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(originalUrl, "originalUrl");
  }

  String frameUrl() {
    return provider.frameUrl(id);
  }
}
