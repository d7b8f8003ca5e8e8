package dev.gazette.render;

import static dev.gazette.render.Listed.SITE;
import static dev.gazette.render.Listed.article;
import static dev.gazette.render.Listed.file;
import static dev.gazette.render.Listed.month;
import static dev.gazette.render.Listed.texts;
import static dev.gazette.render.Listed.xml;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.article.ArticleSummary;
import dev.gazette.article.Topic;
import dev.gazette.site.ArchiveMonth;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class AtomFeedTest {

  private static final String ATOM = "http://www.w3.org/2005/Atom";

  private final ListPageRenderer renderer = SiteRenderers.of(SITE).lists();
  private final List<ArchiveMonth> months = List.of(month("2026-11", 3, "2026-11-25T08:00:00Z"));

  // Newest published first, but the middle one was edited last.
  private final ArticleSummary newest = article("Le port agrandi", "2026-11-20T09:00:00Z",
      "2026-11-20T09:00:00Z", "Économie");
  private final ArticleSummary edited = article("La récolte d’olives", "2026-11-12T09:00:00Z",
      "2026-11-25T08:00:00Z", "Économie", "Agriculture");
  private final ArticleSummary oldest = article("Les prix de l’énergie", "2026-11-02T09:00:00Z",
      "2026-11-02T09:00:00Z", "Économie");

  private RenderedFile siteFeed(List<ArticleSummary> entries) {
    return file(renderer.home(entries, months), "feed.xml");
  }

  private static List<Element> children(Element parent, String name) {
    NodeList nodes = parent.getElementsByTagNameNS(ATOM, name);
    return IntStream.range(0, nodes.getLength())
        .mapToObj(i -> (Element) nodes.item(i)).filter(e -> e.getParentNode() == parent).toList();
  }

  @Test
  void siteFeedIsAtomWithItsOwnUrlAsIdAndLinksToItselfAndTheHomePage() throws Exception {
    RenderedFile feed = siteFeed(List.of(newest, edited, oldest));
    Element root = xml(feed).getDocumentElement();

    assertThat(feed.contentType()).isEqualTo("application/atom+xml; charset=utf-8");
    assertThat(root.getNamespaceURI()).isEqualTo(ATOM);
    assertThat(root.getLocalName()).isEqualTo("feed");
    assertThat(children(root, "id").get(0).getTextContent())
        .isEqualTo("https://news.example.org/feed.xml");
    assertThat(children(root, "title").get(0).getTextContent())
        .isEqualTo("Les derniers articles - Gazette");
    assertThat(children(root, "link"))
        .extracting(link -> link.getAttribute("rel") + " " + link.getAttribute("href"))
        .containsExactly("self https://news.example.org/feed.xml",
            "alternate https://news.example.org/");
    assertThat(children(root, "author").get(0).getTextContent().strip()).isEqualTo("Gazette");
  }

  @Test
  void feedIsUpdatedWhenItsNewestEntryChangedNotWhenItWasRendered() throws Exception {
    Document doc = xml(siteFeed(List.of(newest, edited, oldest)));

    assertThat(children(doc.getDocumentElement(), "updated").get(0).getTextContent())
        .isEqualTo("2026-11-25T09:00:00+01:00");
  }

  @Test
  void sameEntriesGiveIdenticalFeedBytesWhateverTheTime() throws Exception {
    byte[] first = siteFeed(List.of(newest, edited)).bytes();
    Thread.sleep(1100);
    byte[] second = SiteRenderers.of(SITE).lists().home(List.of(newest, edited), months).get(1).bytes();

    assertThat(second).isEqualTo(first);
  }

  @Test
  void eachEntryHasAStableIdTitleLinkDatesAuthorAndSummary() throws Exception {
    Document doc = xml(siteFeed(List.of(newest, edited, oldest)));
    Element entry = children(doc.getDocumentElement(), "entry").get(1);

    assertThat(children(entry, "id").get(0).getTextContent())
        .isEqualTo("tag:news.example.org,2026-11-12:articles:id-la-recolte-d-olives");
    assertThat(children(entry, "title").get(0).getTextContent()).isEqualTo("La récolte d’olives");
    assertThat(children(entry, "link").get(0).getAttribute("href"))
        .isEqualTo("https://news.example.org/articles/la-recolte-d-olives/");
    assertThat(children(entry, "published").get(0).getTextContent())
        .isEqualTo("2026-11-12T10:00:00+01:00");
    assertThat(children(entry, "updated").get(0).getTextContent())
        .isEqualTo("2026-11-25T09:00:00+01:00");
    assertThat(children(entry, "author").get(0).getTextContent().strip()).isEqualTo("C.M.");
    assertThat(children(entry, "summary").get(0).getTextContent())
        .isEqualTo("Extrait de La récolte d’olives.");
    assertThat(children(entry, "category")).extracting(c -> c.getAttribute("term"))
        .containsExactly("economie", "agriculture");
  }

  @Test
  void topicFeedListsTheTopicsLatestArticles() throws Exception {
    RenderedFile feed = file(renderer.topicFront(Topic.named("Économie"),
        List.of(newest, edited, oldest), months), "topics/economie/feed.xml");
    Document doc = xml(feed);

    assertThat(children(doc.getDocumentElement(), "id").get(0).getTextContent())
        .isEqualTo("https://news.example.org/topics/economie/feed.xml");
    assertThat(texts(doc, ATOM, "title")).containsExactly("Économie - Gazette",
        "Le port agrandi", "La récolte d’olives", "Les prix de l’énergie");
  }

  @Test
  void markupAndAmpersandsInTitlesStayTextInTheFeed() throws Exception {
    ArticleSummary hostile = article("Rires & <script>alert(1)</script> \"cris\"",
        "2026-11-21T09:00:00Z", "2026-11-21T09:00:00Z", "Économie");
    RenderedFile feed = siteFeed(List.of(hostile));
    Document doc = xml(feed);

    assertThat(texts(doc, ATOM, "title"))
        .contains("Rires & <script>alert(1)</script> \"cris\"");
    assertThat(doc.getElementsByTagName("script").getLength()).isZero();
    assertThat(Listed.text(feed)).doesNotContain("<script>").contains("Rires &amp; &lt;script&gt;");
  }

  @Test
  void charactersXmlCannotHoldAreDroppedSoTheFeedStillParses() throws Exception {
    ArticleSummary odd = article("Bip\u0007 final", "2026-11-21T09:00:00Z",
        "2026-11-21T09:00:00Z", "Économie");

    assertThat(texts(xml(siteFeed(List.of(odd))), ATOM, "title")).contains("Bip final");
  }
}
