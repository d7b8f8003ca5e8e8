package dev.gazette.local.aws;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An index dynoxide's database lacks. Its stream records sit in one SQLite table with no index:
 * every write asks for the stream's highest sequence number and every GetRecords for the records
 * after one, both through {@code CAST(sequence_number AS INTEGER)}, so each scans the whole
 * stream, which nothing trims. A write's cost then grows with every write made before it (49 ms
 * an item after 20 000 records, measured here), and loading an archive takes hours. An index on
 * exactly that expression serves both queries (SQLite's planner matches indexed expressions), and
 * leaves dynoxide's data and answers as they are.
 */
final class DynoxideStreamIndex {
  private static final Logger LOG = LoggerFactory.getLogger(DynoxideStreamIndex.class);
  static final String NAME = "gazette_stream_order";
  private static final int ATTEMPTS = 50;

  private DynoxideStreamIndex() {}

  /** Adds the index to the database at {@code file} once dynoxide has made its tables; true if it is there. */
  static boolean addTo(Path file) {
    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
         Statement sql = db.createStatement()) {
      sql.execute("PRAGMA busy_timeout = 5000");
      for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
        if (streamTableExists(sql)) {
          sql.execute("CREATE INDEX IF NOT EXISTS " + NAME
              + " ON _stream_records (table_name, CAST(sequence_number AS INTEGER))");
          return true;
        }
        Thread.sleep(20);
      }
      LOG.warn("dynoxide made no stream table in {}: stream reads and writes stay unindexed", file);
      return false;
    } catch (SQLException e) {
      LOG.warn("Could not index dynoxide's stream in {}: {}", file, e.toString());
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static boolean streamTableExists(Statement sql) throws SQLException {
    try (ResultSet found = sql.executeQuery(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_stream_records'")) {
      return found.next();
    }
  }
}
