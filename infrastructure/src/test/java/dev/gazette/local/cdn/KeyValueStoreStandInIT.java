package dev.gazette.local.cdn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gazette.store.KeyValueStoreClient;
import dev.gazette.store.KeyValueStoreClient.KeyValueStoreException;
import dev.gazette.store.KeyValueStoreRedirects;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;

/** The Publisher's key value store client against the local stand-in, as it talks to AWS. */
class KeyValueStoreStandInIT {
  private static final String ARN = "arn:aws:cloudfront::000000000000:key-value-store/gazette-redirects";
  @TempDir
  Path dir;
  private final SdkHttpClient http = UrlConnectionHttpClient.create();
  private KeyValueStoreStandIn standIn;

  private KeyValueStoreClient client(String arn) {
    if (standIn == null) {
      standIn = new KeyValueStoreStandIn(0, List.of(ARN), dir).start();
    }
    return new KeyValueStoreClient(http, Optional.of(standIn.url()), arn,
        StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDLOCAL", "local-secret")), Clock.systemUTC());
  }

  @AfterEach
  void stop() {
    standIn.close();
    http.close();
  }

  @Test
  void aWriteNamesTheStoresEtagAndAStaleOneIsAConflict() {
    KeyValueStoreClient store = client(ARN);
    String etag = store.etag();
    assertThat(store.get("/articles/old/")).isEmpty();

    String next = store.put("/articles/old/", "/articles/new/", etag);

    assertThat(next).isNotEqualTo(etag);
    assertThat(store.get("/articles/old/")).hasValue("/articles/new/");
    assertThat(standIn.get(ARN, "/articles/old/")).hasValue("/articles/new/");
    assertThatThrownBy(() -> store.put("/articles/old/", "/articles/other/", etag))
        .isInstanceOfSatisfying(KeyValueStoreException.class, e -> {
          assertThat(e.status()).isEqualTo(409);
          assertThat(e.errorType()).isEqualTo("ConflictException");
        });
    store.delete("/articles/old/", next);
    assertThat(store.get("/articles/old/")).isEmpty();
  }

  @Test
  void keysWithSlashesAndQueryStringsRoundTrip() {
    KeyValueStoreClient store = client(ARN);
    store.put("/?p=123", "/articles/le-port/", store.etag());
    store.put("/2019/10/19/some-post/", "/articles/some-post/", store.etag());
    assertThat(store.get("/?p=123")).hasValue("/articles/le-port/");
    assertThat(standIn.get(ARN, "/2019/10/19/some-post/")).hasValue("/articles/some-post/");
  }

  @Test
  void anUnknownStoreOrKeyIsNotFoundAndTooLongAKeyIsInvalid() {
    KeyValueStoreClient store = client(ARN);
    assertThatThrownBy(() -> client(ARN + "-other").etag()).isInstanceOfSatisfying(KeyValueStoreException.class,
        e -> assertThat(e.errorType()).isEqualTo("ResourceNotFoundException"));
    assertThatThrownBy(() -> store.delete("/nowhere/", store.etag())).isInstanceOfSatisfying(KeyValueStoreException.class,
        e -> assertThat(e.status()).isEqualTo(404));
    assertThatThrownBy(() -> store.put("/" + "a".repeat(512), "/x/", store.etag()))
        .isInstanceOfSatisfying(KeyValueStoreException.class, e -> assertThat(e.errorType()).isEqualTo("ValidationException"));
  }

  @Test
  void theRedirectMapWritesAgainWithTheNewEtagWhenAnotherWriterCameFirst() {
    KeyValueStoreRedirects redirects = new KeyValueStoreRedirects(client(ARN));
    redirects.put("/articles/a/", "/articles/b/");
    // Another writer moves the store's ETag on.
    KeyValueStoreClient other = client(ARN);
    other.put("/articles/x/", "/articles/y/", other.etag());

    redirects.put("/articles/c/", "/articles/d/");
    redirects.remove("/articles/a/");
    redirects.remove("/articles/never-there/");

    assertThat(redirects.target("/articles/c/")).hasValue("/articles/d/");
    assertThat(redirects.target("/articles/a/")).isEmpty();
  }

  @Test
  void manyRedirectsGoInUpdateKeysCallsOfFiftyKeys() {
    KeyValueStoreRedirects redirects = new KeyValueStoreRedirects(client(ARN));
    java.util.Map<String, String> targets = new java.util.LinkedHashMap<>();
    for (int i = 0; i < 120; i++) {
      targets.put("/?p=" + i, "/articles/article-" + i + "/");
    }
    int before = standIn.calls().size();

    redirects.putAll(targets);

    assertThat(standIn.calls().subList(before, standIn.calls().size())).extracting(call -> call[0])
        .containsExactly("DescribeKeyValueStore", "UpdateKeys", "UpdateKeys", "UpdateKeys");
    assertThat(redirects.target("/?p=119")).hasValue("/articles/article-119/");
    assertThat(redirects.target("/?p=0")).hasValue("/articles/article-0/");
  }

  @Test
  void theStoreOutlivesARestartOfTheLocalCloud() {
    KeyValueStoreClient store = client(ARN);
    store.put("/articles/old/", "/articles/new/", store.etag());
    standIn.close();
    standIn = null;
    assertThat(client(ARN).get("/articles/old/")).hasValue("/articles/new/");
  }
}
