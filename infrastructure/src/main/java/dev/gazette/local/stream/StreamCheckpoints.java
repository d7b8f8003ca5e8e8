package dev.gazette.local.stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a stream consumer got to: per shard, the last sequence number fully processed, kept in a
 * JSON file so a restart resumes after it instead of replaying the stream.
 */
final class StreamCheckpoints {

  private static final ObjectMapper JSON = new ObjectMapper();

  private record Stored(String streamArn, Map<String, String> shards) {
  }

  private final Path file;
  private final String streamArn;
  private final Map<String, BigInteger> shards = new LinkedHashMap<>();

  private StreamCheckpoints(Path file, String streamArn) {
    this.file = file;
    this.streamArn = streamArn;
  }

  /** The checkpoints in {@code file} if they are for this stream; none otherwise (a new stream starts over). */
  static StreamCheckpoints load(Path file, String streamArn) {
    StreamCheckpoints checkpoints = new StreamCheckpoints(file, streamArn);
    if (Files.exists(file)) {
      try {
        Stored stored = JSON.readValue(file.toFile(), Stored.class);
        if (streamArn.equals(stored.streamArn()) && stored.shards() != null) {
          stored.shards().forEach((shard, sequence) -> checkpoints.shards.put(shard, new BigInteger(sequence)));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Unreadable stream checkpoint " + file + " (delete it to start over)", e);
      }
    }
    return checkpoints;
  }

  BigInteger get(String shardId) {
    return shards.get(shardId);
  }

  void put(String shardId, BigInteger sequenceNumber) {
    BigInteger current = shards.get(shardId);
    if (current != null && current.compareTo(sequenceNumber) >= 0) {
      return;
    }
    shards.put(shardId, sequenceNumber);
    save();
  }

  private void save() {
    Map<String, String> strings = new LinkedHashMap<>();
    shards.forEach((shard, sequence) -> strings.put(shard, sequence.toString()));
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
      JSON.writeValue(temporary.toFile(), new Stored(streamArn, strings));
      // A crash mid-write must leave the previous checkpoint, not half a file.
      Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write stream checkpoint " + file, e);
    }
  }
}
