package dev.gazette.local.cloudfront;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gazette.local.aws.LocalAws;
import dev.gazette.store.AwsClients;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudfront.CloudFrontClient;
import software.amazon.awssdk.services.cloudfront.model.CreateInvalidationResponse;
import software.amazon.awssdk.services.cloudfront.model.CloudFrontException;
import software.amazon.awssdk.services.cloudfront.model.NoSuchDistributionException;
import software.amazon.awssdk.services.cloudfront.model.NoSuchInvalidationException;
import software.amazon.awssdk.services.cloudfront.model.TooManyInvalidationsInProgressException;

/** The SDK's own CloudFront client, as the Publisher builds it, against the local invalidation API. */
class CloudFrontApiStandInIT {
  private static final String DISTRIBUTION = "E2LOCALTESTABC";
  private final List<List<String>> edge = new ArrayList<>();
  private CloudFrontApiStandIn api;
  private CloudFrontClient client;

  @BeforeEach
  void start() {
    api = new CloudFrontApiStandIn(0).distribution(DISTRIBUTION, edge::add).start();
    client = new AwsClients(Map.of("AWS_ENDPOINT_URL_CLOUDFRONT", api.url().toString(),
        "AWS_ACCESS_KEY_ID", LocalAws.ACCESS_KEY_ID, "AWS_SECRET_ACCESS_KEY", LocalAws.SECRET_ACCESS_KEY)).cloudFront();
  }

  @AfterEach
  void stop() {
    client.close();
    api.close();
  }

  private CreateInvalidationResponse create(String reference, String... paths) {
    return client.createInvalidation(r -> r.distributionId(DISTRIBUTION)
        .invalidationBatch(b -> b.callerReference(reference).paths(p -> p.quantity(paths.length).items(paths))));
  }

  @Test
  void anInvalidationIsCreatedEmptiesTheEdgeAtOnceAndCompletesShortlyAfter() throws Exception {
    CreateInvalidationResponse created = create("ref-1", "/articles/a/index.html", "/articles/b*");
    assertThat(created.location()).endsWith("/2020-05-31/distribution/" + DISTRIBUTION + "/invalidation/" + created.invalidation().id());
    assertThat(created.invalidation().status()).isEqualTo("InProgress");
    assertThat(created.invalidation().invalidationBatch().paths().items())
        .containsExactly("/articles/a/index.html", "/articles/b*");
    assertThat(edge).containsExactly(List.of("/articles/a/index.html", "/articles/b*"));
    long deadline = System.nanoTime() + 10_000_000_000L;
    String status = "InProgress";
    while (status.equals("InProgress") && System.nanoTime() < deadline) {
      Thread.sleep(50);
      status = client.getInvalidation(g -> g.distributionId(DISTRIBUTION).id(created.invalidation().id()))
          .invalidation().status();
    }
    assertThat(status).isEqualTo("Completed");
  }

  @Test
  void theSameCallerReferenceAndBatchGiveTheSameInvalidationAnotherBatchIsRefused() {
    String first = create("ref-1", "/a").invalidation().id();
    assertThat(create("ref-1", "/a").invalidation().id()).isEqualTo(first);
    assertThat(edge).hasSize(1);
    // The SDK has no class of its own for this code: a CloudFrontException that names it.
    assertThatThrownBy(() -> create("ref-1", "/b")).isInstanceOfSatisfying(CloudFrontException.class, e -> {
      assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidationBatchAlreadyExists");
      assertThat(e.statusCode()).isEqualTo(409);
    });
    assertThat(create("ref-2", "/a").invalidation().id()).isNotEqualTo(first);
  }

  @Test
  void invalidationsAreListedNewestFirstPageByPage() {
    String first = create("ref-1", "/a").invalidation().id();
    String second = create("ref-2", "/b").invalidation().id();
    String third = create("ref-3", "/c").invalidation().id();
    var page = client.listInvalidations(l -> l.distributionId(DISTRIBUTION).maxItems("2")).invalidationList();
    assertThat(page.items()).extracting(item -> item.id()).containsExactly(third, second);
    assertThat(page.isTruncated()).isTrue();
    var next = client.listInvalidations(l -> l.distributionId(DISTRIBUTION).marker(page.nextMarker())).invalidationList();
    assertThat(next.items()).extracting(item -> item.id()).containsExactly(first);
    assertThat(next.isTruncated()).isFalse();
  }

  @Test
  void unknownDistributionsAndInvalidationsAreCloudFrontsErrors() {
    assertThatThrownBy(() -> client.createInvalidation(r -> r.distributionId("ENOSUCH")
        .invalidationBatch(b -> b.callerReference("x").paths(p -> p.quantity(1).items("/a")))))
        .isInstanceOf(NoSuchDistributionException.class);
    assertThatThrownBy(() -> client.getInvalidation(g -> g.distributionId(DISTRIBUTION).id("INOSUCH")))
        .isInstanceOf(NoSuchInvalidationException.class);
  }

  @Test
  void refusalsATestAsksForReachTheClientAsCloudFrontsExceptions() {
    api.refuseNext("TooManyInvalidationsInProgress", 1);
    assertThatThrownBy(() -> create("ref-1", "/a")).isInstanceOf(TooManyInvalidationsInProgressException.class);
    assertThat(edge).isEmpty();
    assertThat(create("ref-1", "/a").invalidation().id()).isNotBlank();
  }

  @Test
  void moreThanFifteenWildcardsInProgressAreRefused() {
    // A stopped clock: nothing completes while the test runs, however slow the machine.
    api.close();
    api = new CloudFrontApiStandIn(0, java.time.Clock.fixed(java.time.Instant.parse("2026-12-02T10:00:00Z"),
        java.time.ZoneOffset.UTC)).distribution(DISTRIBUTION, edge::add).start();
    client.close();
    client = new AwsClients(Map.of("AWS_ENDPOINT_URL_CLOUDFRONT", api.url().toString(),
        "AWS_ACCESS_KEY_ID", LocalAws.ACCESS_KEY_ID, "AWS_SECRET_ACCESS_KEY", LocalAws.SECRET_ACCESS_KEY)).cloudFront();
    for (int i = 0; i < 15; i++) {
      create("w" + i, "/topics/t" + i + "/*");
    }
    assertThatThrownBy(() -> create("w15", "/topics/t15/*")).isInstanceOf(TooManyInvalidationsInProgressException.class);
  }
}
