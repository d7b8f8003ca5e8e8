package dev.gazette.render;

import java.util.EnumMap;
import java.util.Map;
import java.util.ResourceBundle;

/** What an embed block says, in the site's language: the provider's name, the button, the link. */
final class EmbedWords {

  private final Map<EmbedProvider, String[]> providers = new EnumMap<>(EmbedProvider.class);
  private final String open;
  private final String notice;

  EmbedWords(ResourceBundle bundle) {
    for (EmbedProvider provider : EmbedProvider.values()) {
      String key = "embed." + provider.key();
      providers.put(provider, new String[] {bundle.getString(key + ".name"),
          bundle.getString(key + ".service"), bundle.getString(key + ".show")});
    }
    this.open = bundle.getString("embed.open");
    this.notice = bundle.getString("embed.notice");
  }

  /** The block as the page shows it before the click. */
  EmbedView view(Embed embed) {
    String[] words = providers.get(embed.provider());
    String service = words[1];
    return new EmbedView(words[0], embed.originalUrl(), open.replace("{service}", service),
        notice.replace("{service}", service), words[2], embed.frameUrl(),
        embed.provider().shape() == EmbedProvider.Shape.TALL ? "embed tall" : "embed");
  }
}
