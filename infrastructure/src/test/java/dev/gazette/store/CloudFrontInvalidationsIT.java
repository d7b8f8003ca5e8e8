package dev.gazette.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gazette.local.aws.LocalAws;
import dev.gazette.local.cloudfront.CloudFrontApiStandIn;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudfront.CloudFrontClient;

/** The Publisher's invalidations against the local CloudFront API: batched, deduplicated, retried, given up clearly. */
class CloudFrontInvalidationsIT {
  private static final String DISTRIBUTION = "E2LOCALTESTABC";
  private final List<List<String>> edge = Collections.synchronizedList(new ArrayList<>());
  private final List<Duration> pauses = new ArrayList<>();
  private CloudFrontApiStandIn api;
  private CloudFrontClient client;
  private CloudFrontInvalidations invalidations;

  @BeforeEach
  void start() {
    api = new CloudFrontApiStandIn(0).distribution(DISTRIBUTION, edge::add).start();
    client = new AwsClients(Map.of("AWS_ENDPOINT_URL_CLOUDFRONT", api.url().toString(),
        "AWS_ACCESS_KEY_ID", LocalAws.ACCESS_KEY_ID, "AWS_SECRET_ACCESS_KEY", LocalAws.SECRET_ACCESS_KEY)).cloudFront();
    invalidations = new CloudFrontInvalidations(client, DISTRIBUTION, 4, Duration.ofMillis(100), pauses::add);
  }

  @AfterEach
  void stop() {
    client.close();
    api.close();
  }

  @Test
  void oneCallIsOneInvalidationOfItsPathsWithoutTheOnesAWildcardCovers() {
    invalidations.invalidate(Set.of("/articles/a/index.html", "/articles/a.json", "/articles/b*", "/articles/b/index.html"));
    assertThat(edge).containsExactly(List.of("/articles/a.json", "/articles/a/index.html", "/articles/b*"));
    assertThat(client.listInvalidations(l -> l.distributionId(DISTRIBUTION)).invalidationList().quantity()).isEqualTo(1);
  }

  @Test
  void moreThanCloudFrontKeepsInProgressGoesAsSeveralInvalidations() {
    Set<String> paths = new HashSet<>();
    IntStream.range(0, 3_500).forEach(i -> paths.add("/articles/a" + i + "/index.html"));
    // The first batch holds 3 000 paths in progress: the second is refused until it completes
    // (locally 0.2 s after), and retried after pauses that do wait (0.1 + 0.2 + 0.4 s).
    new CloudFrontInvalidations(client, DISTRIBUTION, 4, Duration.ofMillis(100),
        pause -> Thread.sleep(pause.toMillis())).invalidate(paths);
    assertThat(edge).hasSize(2);
    assertThat(edge.get(0)).hasSize(3_000);
    assertThat(edge.stream().mapToInt(List::size).sum()).isEqualTo(3_500);
  }

  @Test
  void throttlingIsRetriedWithGrowingPausesUnderTheSameCallerReference() {
    api.refuseNext("TooManyInvalidationsInProgress", 2);
    invalidations.invalidate(Set.of("/articles/a/index.html"));
    assertThat(edge).containsExactly(List.of("/articles/a/index.html"));
    assertThat(pauses).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
    var listed = client.listInvalidations(l -> l.distributionId(DISTRIBUTION)).invalidationList();
    assertThat(listed.quantity()).isEqualTo(1);
  }

  @Test
  void theSameCallTwiceMakesTwoInvalidations() {
    invalidations.invalidate(Set.of("/articles/a/index.html"));
    invalidations.invalidate(Set.of("/articles/a/index.html"));
    assertThat(edge).hasSize(2);
  }

  @Test
  void aCloudFrontThatKeepsRefusingEndsTheCallWithAClearError() {
    // The SDK retries Throttling itself inside each of our attempts: refuse more than all of them.
    api.refuseNext("Throttling", 100);
    assertThatThrownBy(() -> invalidations.invalidate(Set.of("/articles/a/index.html")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("did not invalidate 1 path(s) of distribution " + DISTRIBUTION)
        .hasMessageContaining("after 4 attempt(s)").hasMessageContaining("Throttling");
    assertThat(edge).isEmpty();
  }

  @Test
  void anUnknownDistributionIsNotRetried() {
    CloudFrontInvalidations elsewhere = new CloudFrontInvalidations(client, "ENOSUCH", 4, Duration.ofMillis(100), pauses::add);
    assertThatThrownBy(() -> elsewhere.invalidate(Set.of("/a"))).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("NoSuchDistribution");
    assertThat(pauses).isEmpty();
  }
}
