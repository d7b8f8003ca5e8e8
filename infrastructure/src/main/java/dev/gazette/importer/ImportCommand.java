package dev.gazette.importer;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gazette.importer.bulk.ArchiveImportRun;
import dev.gazette.importer.wordpress.WordPressExport;
import dev.gazette.local.LocalCloud;
import dev.gazette.rebuild.RebuildCommand;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * {@code ./gazette import <source> <file>}: brings an archive into a site, locally (the running
 * {@code ./gazette up}) or on AWS, through {@link ArchiveImportRun}. Each source is a
 * {@link PostSource}, named in {@link #SOURCES}.
 */
public final class ImportCommand {
  /** The archives the import reads, by the name the command takes. */
  static final Map<String, PostSource> SOURCES = Map.of("jsonl", new JsonlPosts(), "wordpress", new WordPressExport());

  static final String USAGE = """
      Usage: ./gazette import jsonl FILE [--uploads DIR] [--author NAME] [--data DIR] [--checkpoint FILE]
             ./gazette import jsonl FILE --aws [--uploads DIR] [--author NAME] [--checkpoint FILE]
             ./gazette import wordpress EXPORT.xml [--uploads DIR] [--aws] [--author NAME] [--data DIR] [--checkpoint FILE]
        jsonl       one article a line: the API's ArticleInput fields (title, summary, body, author, location,
                    topics, status, publishAt, slug) plus sourceId (required), publishedAt, oldPaths and
                    picture / pictures as {url, file, alt, caption, credit}
        wordpress   the file WordPress's Tools > Export writes (WXR): its published, scheduled, draft and
                    pending posts (pages, private and trashed posts are reported and left), HTML to Markdown,
                    [caption], [embed] and [gallery] kept, other shortcodes dropped and counted
        --uploads   the folder the pictures' files are in (a copy of wp-content/uploads)
        --author    the byline of posts that name none (default "La rédaction")
        (local)     the site of a running ./gazette up (its data directory, default .gazette)
        --aws       the stack named by the Publisher's variables (TABLE_NAME, SEARCH_TABLE_NAME, BUCKET_NAME,
                    REDIRECTS_KVS_ARN, SITE_*) and UPLOADS_BUCKET, AWS_REGION and the usual credentials
        --checkpoint  where progress is saved (default <data>/import-checkpoint.json or import-<table>.json);
                    a stopped import resumes from it. Importing again writes nothing.
      """;

  private ImportCommand() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 0 || args[0].equals("-h") || args[0].equals("--help")) {
      System.out.print(USAGE);
      return;
    }
    PostSource source = SOURCES.get(args[0]);
    if (source == null) {
      throw new IllegalArgumentException("unknown source " + args[0] + ": jsonl or wordpress\n" + USAGE);
    }
    if (args.length < 2 || args[1].startsWith("--")) {
      throw new IllegalArgumentException("import " + args[0] + " needs a file\n" + USAGE);
    }
    Path file = Path.of(args[1]);
    Path data = Path.of(".gazette");
    Path uploads = null;
    Path checkpoint = null;
    String author = "La rédaction";
    boolean aws = false;
    for (int i = 2; i < args.length; i++) {
      switch (args[i]) {
        case "--aws" -> aws = true;
        case "--uploads" -> uploads = Path.of(value(args, ++i));
        case "--author" -> author = value(args, ++i);
        case "--data" -> data = Path.of(value(args, ++i));
        case "--checkpoint" -> checkpoint = Path.of(value(args, ++i));
        default -> throw new IllegalArgumentException("unknown option " + args[i] + "\n" + USAGE);
      }
    }
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("no file " + file);
    }
    if (uploads != null && !Files.isDirectory(uploads)) {
      throw new IllegalArgumentException("--uploads " + uploads + " is not a folder");
    }
    Map<String, String> env = aws ? System.getenv() : localEnvironment(data);
    if (checkpoint == null) {
      checkpoint = aws ? Path.of("import-" + env.get("TABLE_NAME") + ".json") : data.resolve("import-checkpoint.json");
    }
    SourcePosts posts = source.read(file);
    System.out.printf("%s: %d posts to import, %d unreadable%n", file, posts.posts().size(), posts.problems().size());
    new ArchiveImportRun(env, uploads, author, System.out).run(posts, hash(file), checkpoint);
  }

  /** The running local cloud's Publisher environment, with the uploads bucket its media function uses. */
  public static Map<String, String> localEnvironment(Path data) throws IOException {
    Map<String, String> env = new HashMap<>(RebuildCommand.localEnvironment(data));
    Path media = data.resolve(LocalCloud.MEDIA_ENVIRONMENT_FILE);
    if (Files.exists(media)) {
      Map<String, String> mediaEnv = new ObjectMapper().readValue(media.toFile(), new TypeReference<Map<String, String>>() { });
      env.put("UPLOADS_BUCKET", mediaEnv.get("UPLOADS_BUCKET"));
    }
    return env;
  }

  /** The file's SHA-256: a checkpoint resumes only an import of the same bytes. */
  public static String hash(Path file) throws IOException {
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String value(String[] args, int index) {
    if (index >= args.length) {
      throw new IllegalArgumentException(args[index - 1] + " needs a value");
    }
    return args[index];
  }
}
