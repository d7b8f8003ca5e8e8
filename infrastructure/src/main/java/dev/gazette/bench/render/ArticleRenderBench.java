package dev.gazette.bench.render;

import dev.gazette.article.Article;
import dev.gazette.article.ArticlePictures;
import dev.gazette.article.ArticleSummary;
import dev.gazette.render.ArticleRenderer;
import dev.gazette.render.RenderedFile;
import dev.gazette.render.SiteRenderers;
import dev.gazette.site.Site;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code ./gazette bench render}: the time to render one article page, HTML and JSON, as the
 * Publisher does, through the renderers a container builds once. {@code description} says where
 * the page's meta description comes from: the body's text (no summary: the Markdown is read for
 * it too) or the editor's summary.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
// The JIT needs some 30 s of renders to finish compiling the parser, sanitizer and templates
// on a shared 2-core machine (longer still on one core, so the forks get the machine's cores).
@Warmup(iterations = 20, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 3, jvmArgsAppend = "-Xmx512m")
public class ArticleRenderBench {

  @Param({"body", "summary"})
  public String description;

  private ArticleRenderer renderer;
  private Article article;
  private ArticlePictures pictures;
  private List<ArticleSummary> related;

  @Setup
  public void setUp() {
    renderer = SiteRenderers.of(Site.from(Map.of(
        "SITE_NAME", "Gazette", "SITE_URL", "https://news.example.org"))).articles();
    article = BenchArticle.article(description.equals("summary") ? BenchArticle.SUMMARY : null);
    pictures = BenchArticle.pictures();
    related = BenchArticle.related();
  }

  @Benchmark
  public List<RenderedFile> articlePage() {
    return renderer.render(article, pictures, related);
  }
}
