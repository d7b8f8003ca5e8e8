package dev.gazette.importer.bulk;

import dev.gazette.article.FieldError;
import dev.gazette.media.InvalidMedia;
import dev.gazette.media.MediaItem;
import dev.gazette.media.MediaProcessing;
import dev.gazette.media.MediaRules;
import dev.gazette.media.MediaStore;
import dev.gazette.media.MediaText;
import dev.gazette.media.SourceFormat;
import dev.gazette.media.UploadedFiles;
import dev.gazette.store.S3UploadSlots;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Brings the pictures of an archive's uploads folder into the media library the way an editor's
 * upload arrives: a library item announced with the source's alt text, caption and credit, then
 * the media room's own processing (renditions without metadata, under content-hashed keys). The
 * original is kept in the private uploads bucket too, where a later refocus reads it. Each file
 * is one library item whichever posts show it, with an id made from its path: importing again
 * finds it ready and writes nothing.
 */
final class PictureImport {
  /** One picture brought in, or why not. */
  sealed interface Outcome {}

  record Ready(MediaItem item) implements Outcome {}

  /** The file named is not in the uploads folder. */
  record Missing(String file) implements Outcome {}

  /** The file is there but the library refuses it (not an image, too large, damaged). */
  record Refused(String file, String reason) implements Outcome {}

  private final Path uploadsFolder;
  private final MediaStore library;
  private final S3Client s3;
  private final String uploadsBucket;
  private final Clock clock;
  private final MediaProcessingFactory processing;
  private final Map<String, Outcome> done = new ConcurrentHashMap<>();

  /** The media room's processing over one file's bytes (they come from the folder, not the bucket). */
  interface MediaProcessingFactory {
    MediaProcessing over(UploadedFiles files);
  }

  /**
   * @param uploadsFolder the archive's uploads folder ({@code --uploads}); null when none was given
   * @param uploadsBucket where originals are kept ({@code UPLOADS_BUCKET}); null to keep none
   */
  PictureImport(Path uploadsFolder, MediaStore library, S3Client s3, String uploadsBucket, Clock clock,
      MediaProcessingFactory processing) {
    this.uploadsFolder = uploadsFolder;
    this.library = library;
    this.s3 = s3;
    this.uploadsBucket = uploadsBucket;
    this.clock = clock;
    this.processing = processing;
  }

  /** The picture this file of the uploads folder is in the library, brought in if it is not yet. */
  Outcome bring(String file, MediaText text) {
    return done.computeIfAbsent(file, any -> load(file, text));
  }

  private Outcome load(String file, MediaText text) {
    Path path = uploadsFolder == null ? null : uploadsFolder.resolve(file).normalize();
    if (path == null || !path.startsWith(uploadsFolder.normalize()) || !Files.isRegularFile(path)) {
      return new Missing(file);
    }
    String id = ImportIds.picture(file);
    Optional<MediaItem> held = library.find(id);
    if (held.filter(MediaItem::isReady).isPresent()) {
      return new Ready(held.get());
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
    Optional<SourceFormat> format = SourceFormat.recognise(bytes);
    if (format.isEmpty()) {
      return new Refused(file, "not a JPEG, PNG, WebP or GIF image");
    }
    String contentType = format.get().mediaType();
    try {
      if (held.isEmpty()) {
        MediaRules.checkUpload(path.getFileName().toString(), contentType, (long) bytes.length);
        library.create(MediaItem.awaitingUpload(id, path.getFileName().toString(), contentType,
            bytes.length, clock.instant()).withText(MediaRules.checkText(text)));
      }
    } catch (InvalidMedia refused) {
      return new Refused(file, refused.errors().stream().map(FieldError::reason).collect(Collectors.joining("; ")));
    }
    UploadedFiles upload = mediaId -> Optional.of(new UploadedFiles.Upload(contentType, bytes));
    processing.over(upload).process(id);
    MediaItem result = library.find(id).orElseThrow();
    if (!result.isReady()) {
      return new Refused(file, result.reason() == null ? "could not be processed" : result.reason());
    }
    if (uploadsBucket != null) {
      // After processing: the media function this upload wakes finds the picture ready and changes nothing.
      s3.putObject(request -> request.bucket(uploadsBucket).key(S3UploadSlots.key(id)).contentType(contentType),
          RequestBody.fromBytes(bytes));
    }
    return new Ready(result);
  }
}
