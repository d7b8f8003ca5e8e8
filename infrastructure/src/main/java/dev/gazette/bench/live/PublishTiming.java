package dev.gazette.bench.live;

/**
 * One publish, in ms after the bench sent its POST: when the API answered, when the article's
 * page was in the origin bucket, and when the CDN stand-in answered it 200.
 */
record PublishTiming(double answeredMs, double inOriginMs, double atCdnMs) {}
