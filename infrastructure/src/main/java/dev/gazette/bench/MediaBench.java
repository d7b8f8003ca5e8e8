package dev.gazette.bench;

import dev.gazette.media.FocalPoint;
import dev.gazette.media.ImageLimits;
import dev.gazette.media.ImageProcessor;
import dev.gazette.media.ProcessedImage;
import dev.gazette.media.Rendition;
import dev.gazette.media.RenditionFormat;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code ./gazette bench media}: the time and heap it takes to make every rendition of a
 * 24-megapixel JPEG, stage by stage, as the media function would on its one core. The first run
 * is what a fresh container pays (the JIT has not compiled anything yet); the next ones are what
 * a warm container pays.
 */
public final class MediaBench {
  private static final int MB = 1 << 20;

  private MediaBench() {}

  public static void main(String[] args) {
    MediaBenchOptions options = MediaBenchOptions.parse(args);
    byte[] upload = BenchPhoto.jpeg(options.width(), options.height(), options.orientation());
    StageTimes times = new StageTimes();
    ImageProcessor processor = new ImageProcessor(ImageLimits.defaults(), times);
    List<Map<String, Long>> runs = new ArrayList<>();
    long peakHeap = 0;
    long allocated = 0;
    ProcessedImage image = null;
    for (int run = 0; run <= options.warmRuns(); run++) {
      image = null; // let the last run's renditions go before measuring this one
      System.gc();
      List<MemoryPoolMXBean> heap = heapPools();
      heap.forEach(MemoryPoolMXBean::resetPeakUsage);
      long allocatedBefore = allocatedByThisThread();
      times.clear();
      image = processor.process(upload, "image/jpeg", FocalPoint.CENTER);
      allocated = Math.max(allocated, allocatedByThisThread() - allocatedBefore);
      // Each pool's own peak, added up: an upper bound on the heap in use at any one moment.
      peakHeap = Math.max(peakHeap, heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum());
      Map<String, Long> stages = new LinkedHashMap<>(times.nanos());
      stages.put("total", times.total());
      runs.add(stages);
    }
    print(options, upload, image, runs, peakHeap, allocated);
  }

  private static void print(MediaBenchOptions options, byte[] upload, ProcessedImage image,
      List<Map<String, Long>> runs, long peakHeap, long allocated) {
    Runtime runtime = Runtime.getRuntime();
    System.out.printf(Locale.ROOT, "Every rendition of a %d × %d JPEG (%.1f MP, %.1f MB, EXIF orientation %d)%n",
        options.width(), options.height(), options.width() * (double) options.height() / 1e6,
        upload.length / (double) MB, options.orientation());
    System.out.printf(Locale.ROOT, "Java %s, %d processor(s) available, max heap %d MB, %s%n%n",
        System.getProperty("java.version"), runtime.availableProcessors(), runtime.maxMemory() / MB,
        ManagementFactory.getGarbageCollectorMXBeans().stream().map(gc -> gc.getName())
            .collect(java.util.stream.Collectors.joining(" + ")) + " GC");
    System.out.printf(Locale.ROOT, "%-14s %10s %14s%n", "stage", "first run", "warm (median)");
    List<String> stages = new ArrayList<>(runs.get(0).keySet());
    // Pipeline order: decode, orient, every crop's scaling, every format's encoding, total.
    stages.sort(java.util.Comparator.comparingInt(MediaBench::rank));
    for (String stage : stages) {
      List<Long> warm = runs.subList(1, runs.size()).stream().map(r -> r.getOrDefault(stage, 0L)).sorted().toList();
      String median = warm.isEmpty() ? "-" : ms(warm.get(warm.size() / 2));
      System.out.printf(Locale.ROOT, "%-14s %10s %14s%n", stage, ms(runs.get(0).get(stage)), median);
    }
    System.out.println();
    for (RenditionFormat format : RenditionFormat.values()) {
      List<Rendition> made = image.renditions().stream().filter(r -> r.format() == format).toList();
      System.out.printf(Locale.ROOT, "%-5s %2d renditions, %6.2f MB in all%n", format.extension(), made.size(),
          made.stream().mapToLong(Rendition::size).sum() / (double) MB);
    }
    System.out.printf(Locale.ROOT, "peak heap in use: at most %d MB (sum of each pool's peak)%n", peakHeap / MB);
    System.out.printf(Locale.ROOT, "allocated per run: %d MB%n", allocated / MB);
  }

  private static int rank(String stage) {
    return stage.startsWith("scale") ? 2 : stage.startsWith("encode") ? 3 : stage.equals("total") ? 4
        : stage.equals("decode") ? 0 : 1;
  }

  private static String ms(long nanos) {
    return String.format(Locale.ROOT, "%d ms", Math.round(nanos / 1e6));
  }

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP).toList();
  }

  private static long allocatedByThisThread() {
    return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
  }
}
