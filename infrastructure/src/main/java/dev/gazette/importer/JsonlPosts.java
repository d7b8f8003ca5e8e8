package dev.gazette.importer;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.gazette.importer.bulk.PostRules;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A JSONL archive: one article a line, in the API's {@code ArticleInput} shape (without
 * {@code image} and {@code corrections}: an import brings its pictures as files) plus what an
 * import knows: {@code sourceId} (required, unique in the file), {@code publishedAt},
 * {@code oldPaths} and {@code picture} / {@code pictures} as {@code {url, file, alt, caption, credit}}.
 * A line that is not such an article (bad JSON, an unknown field, a date that does not parse, a
 * broken article rule) is reported with its number and skipped; the others are read.
 */
public final class JsonlPosts implements PostSource {
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /** One line as written. */
  record Line(String sourceId, String title, String summary, String body, String author, String location,
      List<String> topics, String status, String publishedAt, String publishAt, String slug,
      Picture picture, List<Picture> pictures, List<String> oldPaths) {}

  /** A picture as a line gives it; {@code url} defaults to {@code file} (a lead picture the body does not show). */
  record Picture(String url, String file, String alt, String caption, String credit) {}

  @Override
  public SourcePosts read(Path file) throws IOException {
    List<ImportedPost> posts = new ArrayList<>();
    List<ImportProblem> problems = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int number = 0;
      for (String text = lines.readLine(); text != null; text = lines.readLine()) {
        number++;
        if (text.isBlank()) {
          continue;
        }
        String where = "line " + number;
        try {
          ImportedPost post = post(JSON.readValue(text, Line.class));
          if (!seen.add(post.sourceId())) {
            throw new BadLine("sourceId " + post.sourceId() + " is used by an earlier line");
          }
          Optional<String> broken = PostRules.problem(post);
          if (broken.isPresent()) {
            throw new BadLine(broken.get());
          }
          posts.add(post);
        } catch (BadLine bad) {
          problems.add(new ImportProblem(where, bad.getMessage()));
        } catch (UnrecognizedPropertyException unknown) {
          problems.add(new ImportProblem(where, "unknown field \"" + unknown.getPropertyName() + "\""));
        } catch (JacksonException malformed) {
          problems.add(new ImportProblem(where, "not a JSON article: " + malformed.getOriginalMessage()));
        }
      }
    }
    return new SourcePosts(posts, problems, Map.of());
  }

  private static ImportedPost post(Line line) {
    if (line.sourceId() == null || line.sourceId().isBlank()) {
      throw new BadLine("sourceId is required");
    }
    for (String path : nullable(line.oldPaths())) {
      if (path == null || !path.startsWith("/") || path.startsWith("//")) {
        throw new BadLine("oldPaths must be paths of the old site, each starting with one /: " + path);
      }
    }
    if (nullable(line.topics()).contains(null)) {
      throw new BadLine("topics must be names");
    }
    List<ImportedPicture> pictures = new ArrayList<>();
    for (Picture picture : nullable(line.pictures())) {
      pictures.add(picture(picture, "pictures"));
    }
    return new ImportedPost(line.sourceId().strip(), line.title(), line.summary(), line.body(), line.author(),
        line.location(), nullable(line.topics()), line.status(), date("publishedAt", line.publishedAt()),
        date("publishAt", line.publishAt()), line.slug(),
        line.picture() == null ? null : picture(line.picture(), "picture"), pictures, nullable(line.oldPaths()));
  }

  private static ImportedPicture picture(Picture picture, String field) {
    if (picture == null || (picture.url() == null && picture.file() == null)) {
      throw new BadLine(field + " needs a url or a file");
    }
    return new ImportedPicture(picture.url() != null ? picture.url() : picture.file(), picture.file(),
        picture.alt(), picture.caption(), picture.credit());
  }

  private static Instant date(String field, String text) {
    if (text == null) {
      return null;
    }
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new BadLine(field + " \"" + text + "\" is not a date: write an ISO-8601 instant such as 2019-03-14T08:30:00Z");
    }
  }

  private static <T> List<T> nullable(List<T> list) {
    return list == null ? List.of() : list;
  }

  /** A line that is JSON but not an importable article. */
  private static final class BadLine extends RuntimeException {
    BadLine(String reason) {
      super(reason);
    }
  }
}
