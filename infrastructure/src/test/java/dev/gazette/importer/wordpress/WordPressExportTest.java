package dev.gazette.importer.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.importer.ImportProblem;
import dev.gazette.importer.ImportedPicture;
import dev.gazette.importer.ImportedPost;
import dev.gazette.importer.SourcePosts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WordPressExportTest {
  static final Path EXPORT = Path.of("src/test/resources/importer/wordpress/export.xml");
  private static SourcePosts read;

  @BeforeAll
  static void readTheSampleExport() throws Exception {
    read = new WordPressExport().read(EXPORT);
  }

  private static ImportedPost post(String id) {
    return read.posts().stream().filter(post -> post.sourceId().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void thePostsAreReadInTheFilesOrderAndEverythingElseIsReportedWithWhy() {
    assertThat(read.posts()).extracting(ImportedPost::sourceId).containsExactly("101", "102", "112", "103", "104", "105");
    assertThat(read.problems()).extracting(ImportProblem::where)
        .containsExactly("post 106", "post 107", "post 108", "post 109", "post 110", "post 111");
    assertThat(read.problems()).extracting(ImportProblem::reason).satisfiesExactly(
        untitled -> assertThat(untitled).contains("title is required"),
        badDate -> assertThat(badDate).contains("wp:post_date_gmt \"14/03/2019 8h30\" is not a date"),
        hidden -> assertThat(hidden).startsWith("private"),
        trashed -> assertThat(trashed).contains("trash"),
        page -> assertThat(page).isEqualTo("a page (\"À propos\"), not imported: only posts become articles"),
        menu -> assertThat(menu).startsWith("a nav_menu_item"));
  }

  @Test
  void aPublishedPostKeepsItsDateAuthorTopicsSummarySlugAndOldAddresses() {
    ImportedPost port = post("101");
    assertThat(port.title()).isEqualTo("Le port de Tanger s’agrandit");
    assertThat(port.status()).isEqualTo("published");
    assertThat(port.publishedAt()).isEqualTo(Instant.parse("2019-03-14T08:30:00Z"));
    assertThat(port.publishAt()).isNull();
    assertThat(port.author()).isEqualTo("Nadia Benali");
    assertThat(port.topics()).containsExactly("Économie", "Port");
    assertThat(port.summary()).isEqualTo("Deux nouveaux quais d'ici 2021.");
    assertThat(port.slug()).isEqualTo("le-port-de-tanger-s-agrandit");
    assertThat(port.oldPaths()).containsExactly("/2019/03/14/le-port-de-tanger-s-agrandit/", "/?p=101");
    assertThat(post("102").author()).isEqualTo("Youssef Tazi");
  }

  @Test
  void draftsPendingAndScheduledPostsKeepTheirStatus() {
    assertThat(post("103").status()).isEqualTo("draft");
    assertThat(post("103").publishedAt()).as("0000-00-00: never published").isNull();
    assertThat(post("103").slug()).as("an empty post_name: the desk's slug from the title").isNull();
    assertThat(post("104").status()).as("pending review is a draft").isEqualTo("draft");
    ImportedPost tram = post("105");
    assertThat(tram.status()).isEqualTo("scheduled");
    assertThat(tram.publishAt()).isEqualTo(Instant.parse("2099-01-01T08:00:00Z"));
    assertThat(tram.publishedAt()).isNull();
    assertThat(tram.topics()).containsExactly("Société", "Tramway");
  }

  @Test
  void theFeaturedImageIsTheAttachmentsFileWithItsAltAndCaption() {
    assertThat(post("101").picture()).isEqualTo(new ImportedPicture(
        "https://ancien.journal-detroit.example/wp-content/uploads/2019/03/port.jpg", "2019/03/port.jpg",
        "Le port de Tanger au lever du jour", "Le port, un matin de mars", null));
    assertThat(post("102").picture()).isNull();
  }

  @Test
  void theClassicEditorsBodyBecomesMarkdownWithItsShortcodesExpanded() {
    String grues = "https://ancien.journal-detroit.example/wp-content/uploads/2019/03/grues.jpg";
    assertThat(post("101").body()).isEqualTo("""
        Le port de Tanger prépare **deux nouveaux quais**, annonce l'autorité portuaire.

        ![Les grues du nouveau quai](%s "Les grues, arrivées en février")

        Les travaux commencent en avril.\\
        Ils dureront *deux ans*.

        https://www.youtube.com/watch?v=Xq3pTb0kLmQ

        Lire aussi : [Fès restaure sa médina](https://ancien.journal-detroit.example/2020/05/02/fes-restaure-sa-medina/).""".formatted(grues));
    assertThat(post("101").pictures()).containsExactly(
        new ImportedPicture(grues, "2019/03/grues.jpg", "Les grues du nouveau quai", "Les grues, arrivées en février", null));
  }

  @Test
  void aGalleryShowsItsPicturesAndABareAddressStaysAloneOnItsLine() {
    String uploads = "https://ancien.journal-detroit.example/wp-content/uploads/";
    assertThat(post("102").body()).isEqualTo("""
        ## Un chantier de dix ans

        Les artisans reviennent dans les ateliers de la vieille ville.

        - les dinandiers, place Seffarine ;
        - les tanneurs, près de l'oued.

        ![Une ruelle aux murs blanchis](%s2020/05/ruelle.jpg "Une ruelle de la médina restaurée")

        ![Un dinandier martèle un plateau](%s2020/05/atelier.jpg)

        https://vimeo.com/76979871

        « Nous revenons chez nous », dit un artisan.

        Un prix \\[sic\\] de 20 %% moins cher qu'en 2019.""".formatted(uploads, uploads));
    assertThat(post("102").pictures()).extracting(ImportedPicture::file)
        .containsExactly("2020/05/ruelle.jpg", "2020/05/atelier.jpg");
  }

  @Test
  void theBlockEditorsBodyKeepsItsParagraphsFiguresAndRelativeLinks() {
    ImportedPost summer = post("112");
    assertThat(summer.body()).isEqualTo("""
        La ville attend [autant de visiteurs](https://ancien.journal-detroit.example/2019/03/14/le-port-de-tanger-s-agrandit/) qu'avant.

        ![La plage à marée basse](https://ancien.journal-detroit.example/wp-content/uploads/2021/07/plage.jpg "La plage, un matin de juillet")

        Le festival revient. Sur trois scènes.

        ![La grande scène](https://ancien.journal-detroit.example/wp-content/uploads/2021/07/scene.jpg)""");
    assertThat(summer.summary()).isEqualTo("Un été chargé.");
    assertThat(summer.slug()).as("the percent-encoded post_name, as a slug").isEqualTo("ete-a-essaouira");
    assertThat(summer.topics()).as("the default category dropped beside a real one").containsExactly("Culture");
    assertThat(summer.oldPaths()).containsExactly("/2021/07/20/%c3%a9t%c3%a9-a-essaouira/",
        "/2021/07/20/%C3%A9t%C3%A9-a-essaouira/", "/?p=112");
  }

  @Test
  void aPictureWrittenWithoutAltTextGetsTheOneItsAttachmentHolds(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("export.xml");
    Files.writeString(file, """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss xmlns:wp="http://wordpress.org/export/1.2/" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
        <item><wp:post_id>9</wp:post_id><wp:post_type>attachment</wp:post_type>
        <wp:attachment_url>https://ancien.example/wp-content/uploads/2019/03/quai.jpg</wp:attachment_url>
        <wp:postmeta><wp:meta_key>_wp_attachment_image_alt</wp:meta_key><wp:meta_value>Le quai sud</wp:meta_value></wp:postmeta></item>
        <item><title>Le quai</title><wp:post_id>10</wp:post_id><wp:status>draft</wp:status><wp:post_type>post</wp:post_type>
        <content:encoded><![CDATA[<img src="https://ancien.example/wp-content/uploads/2019/03/quai-300x200.jpg" alt="" />]]></content:encoded>
        <category domain="category" nicename="port">Port</category></item>
        </channel></rss>
        """, StandardCharsets.UTF_8);
    ImportedPost post = new WordPressExport().read(file).posts().get(0);
    assertThat(post.body()).isEqualTo("![Le quai sud](https://ancien.example/wp-content/uploads/2019/03/quai-300x200.jpg)");
    assertThat(post.pictures()).singleElement().satisfies(picture -> {
      assertThat(picture.file()).as("the resized copy the body shows").isEqualTo("2019/03/quai-300x200.jpg");
      assertThat(picture.alt()).isEqualTo("Le quai sud");
    });
  }

  @Test
  void theShortcodesDroppedAreCountedByName() {
    assertThat(read.shortcodesDropped()).isEqualTo(Map.of("contact-form-7", 1, "pullquote", 1));
  }
}
