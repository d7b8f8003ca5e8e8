package dev.gazette.local;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Pictures for the sample site, drawn here (no photograph of anyone's goes into the project): a
 * sky, a sun or moon, hills and a scene in front, from a seed, with the alt text that says what
 * each one shows.
 */
public final class SamplePictures {
  static final int WIDTH = 2400;
  static final int HEIGHT = 1600;

  /** A drawn scene and the words that describe it to someone who cannot see it. */
  public record Scene(String name, String alt) {}

  static final List<Scene> SCENES = List.of(
      new Scene("port", "Dessin d'un port au soleil couchant : des voiliers sur l'eau devant des collines"),
      new Scene("ville", "Dessin d'une ville au crépuscule : des immeubles aux fenêtres éclairées"),
      new Scene("desert", "Dessin de dunes de sable sous un soleil pâle"),
      new Scene("montagne", "Dessin de montagnes aux sommets enneigés au-dessus d'une vallée verte"),
      new Scene("nuit", "Dessin d'une ville la nuit sous la lune, au bord de la mer"),
      new Scene("champs", "Dessin de champs en bandes jaunes et vertes sous un ciel bleu"));

  private SamplePictures() {}

  /** The scene the {@code index}-th sample picture shows. */
  public static Scene scene(int index) {
    return SCENES.get(index % SCENES.size());
  }

  /** The {@code index}-th sample picture as a JPEG. */
  public static byte[] jpeg(int index) {
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    Random random = new Random(index * 7919L + 17);
    Scene scene = scene(index);
    boolean night = scene.name().equals("nuit") || scene.name().equals("ville");
    Color top = night ? new Color(12, 18, 48) : new Color(70, 140, 220);
    Color horizon = switch (scene.name()) {
      case "port" -> new Color(250, 170, 90);
      case "ville" -> new Color(200, 90, 120);
      case "desert" -> new Color(250, 230, 190);
      case "nuit" -> new Color(40, 50, 100);
      default -> new Color(190, 220, 250);
    };
    g.setPaint(new GradientPaint(0, 0, top, 0, HEIGHT * 0.65f, horizon));
    g.fillRect(0, 0, WIDTH, HEIGHT);
    drawStarsOrClouds(g, random, night);
    g.setColor(night ? new Color(240, 240, 220) : new Color(255, 245, 210));
    double sunX = WIDTH * (0.2 + 0.6 * random.nextDouble());
    g.fill(new Ellipse2D.Double(sunX, HEIGHT * 0.12, 220, 220));
    hills(g, random, HEIGHT * 0.55, 140, night ? new Color(30, 40, 60) : new Color(90, 130, 90));
    switch (scene.name()) {
      case "port", "nuit" -> harbour(g, random, night);
      case "ville" -> skyline(g, random, true);
      case "desert" -> dunes(g, random);
      case "montagne" -> mountains(g, random);
      default -> fields(g, random);
    }
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "jpg", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void drawStarsOrClouds(Graphics2D g, Random random, boolean night) {
    for (int i = 0; i < (night ? 220 : 14); i++) {
      double x = random.nextDouble() * WIDTH;
      double y = random.nextDouble() * HEIGHT * 0.5;
      if (night) {
        g.setColor(new Color(255, 255, 255, 120 + random.nextInt(135)));
        g.fill(new Ellipse2D.Double(x, y, 3 + random.nextInt(4), 3 + random.nextInt(4)));
      } else {
        g.setColor(new Color(255, 255, 255, 150));
        for (int puff = 0; puff < 5; puff++) {
          g.fill(new Ellipse2D.Double(x + puff * 45, y + random.nextInt(30), 160, 70));
        }
      }
    }
  }

  private static void hills(Graphics2D g, Random random, double base, double amplitude, Color colour) {
    Path2D.Double path = new Path2D.Double();
    path.moveTo(0, HEIGHT);
    double phase = random.nextDouble() * Math.PI * 2;
    for (int x = 0; x <= WIDTH; x += 20) {
      path.lineTo(x, base - amplitude * Math.sin(x / 380.0 + phase) - amplitude * 0.4 * Math.sin(x / 97.0));
    }
    path.lineTo(WIDTH, HEIGHT);
    path.closePath();
    g.setColor(colour);
    g.fill(path);
  }

  private static void harbour(Graphics2D g, Random random, boolean night) {
    g.setPaint(new GradientPaint(0, HEIGHT * 0.62f, night ? new Color(20, 30, 70) : new Color(40, 110, 170),
        0, HEIGHT, night ? new Color(5, 10, 30) : new Color(10, 50, 100)));
    g.fillRect(0, (int) (HEIGHT * 0.62), WIDTH, HEIGHT);
    g.setStroke(new BasicStroke(4));
    for (int wave = 0; wave < 60; wave++) {
      g.setColor(new Color(255, 255, 255, 60));
      int x = random.nextInt(WIDTH);
      int y = (int) (HEIGHT * 0.65) + random.nextInt((int) (HEIGHT * 0.33));
      g.drawArc(x, y, 80, 20, 0, 180);
    }
    for (int boat = 0; boat < 6; boat++) {
      int x = 150 + boat * 370 + random.nextInt(120);
      int y = (int) (HEIGHT * 0.72) + random.nextInt(200);
      g.setColor(new Color(140, 60, 40));
      g.fillPolygon(new int[] {x, x + 220, x + 180, x + 40}, new int[] {y, y, y + 50, y + 50}, 4);
      g.setColor(new Color(245, 245, 235));
      g.fillPolygon(new int[] {x + 110, x + 110, x + 200}, new int[] {y - 220, y - 10, y - 10}, 3);
    }
    if (night) {
      skyline(g, random, true);
    }
  }

  private static void skyline(Graphics2D g, Random random, boolean lit) {
    int x = 0;
    while (x < WIDTH) {
      int width = 90 + random.nextInt(140);
      int height = 200 + random.nextInt(520);
      int top = (int) (HEIGHT * 0.62) - height;
      g.setColor(new Color(25 + random.nextInt(30), 25 + random.nextInt(30), 45 + random.nextInt(40)));
      g.fillRect(x, top, width, height);
      for (int wy = top + 20; wy < top + height - 30; wy += 45) {
        for (int wx = x + 15; wx < x + width - 25; wx += 35) {
          if (lit && random.nextInt(3) > 0) {
            g.setColor(new Color(255, 220, 120));
            g.fillRect(wx, wy, 16, 22);
          }
        }
      }
      x += width + random.nextInt(20);
    }
  }

  private static void dunes(Graphics2D g, Random random) {
    for (int layer = 0; layer < 4; layer++) {
      hills(g, random, HEIGHT * (0.6 + layer * 0.1), 90 - layer * 10,
          new Color(230 - layer * 20, 180 - layer * 25, 110 - layer * 20));
    }
  }

  private static void mountains(Graphics2D g, Random random) {
    for (int peak = 0; peak < 5; peak++) {
      int x = -200 + peak * 560 + random.nextInt(200);
      int summit = (int) (HEIGHT * 0.18) + random.nextInt(200);
      int base = (int) (HEIGHT * 0.7);
      g.setColor(new Color(90 + peak * 10, 95 + peak * 10, 120));
      g.fillPolygon(new int[] {x, x + 400, x + 800}, new int[] {base, summit, base}, 3);
      g.setColor(Color.WHITE);
      g.fillPolygon(new int[] {x + 300, x + 400, x + 500}, new int[] {summit + 120, summit, summit + 120}, 3);
    }
    hills(g, random, HEIGHT * 0.8, 60, new Color(70, 150, 70));
  }

  private static void fields(Graphics2D g, Random random) {
    for (int band = 0; band < 9; band++) {
      g.setColor(band % 2 == 0 ? new Color(220, 190, 60) : new Color(90, 160, 60));
      int y = (int) (HEIGHT * 0.6) + band * 75;
      g.fillPolygon(new int[] {0, WIDTH, WIDTH, 0},
          new int[] {y + random.nextInt(20), y, y + 80, y + 80 + random.nextInt(20)}, 4);
    }
  }
}
