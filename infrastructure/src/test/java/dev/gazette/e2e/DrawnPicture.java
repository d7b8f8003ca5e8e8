package dev.gazette.e2e;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * A picture drawn for the tests with Java2D (a sky gradient, a sun, hills, a tram line and its
 * stops), encoded as JPEG: our own bytes, shaped like a photograph, of any size.
 */
public final class DrawnPicture {

  private DrawnPicture() {
  }

  public static byte[] jpeg(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setPaint(new GradientPaint(0, 0, new Color(38, 92, 170), 0, height * 0.65f, new Color(246, 196, 140)));
      g.fillRect(0, 0, width, height);
      float sun = width * 0.09f;
      g.setPaint(new RadialGradientPaint(new Point2D.Float(width * 0.72f, height * 0.3f), sun,
          new float[] {0f, 1f}, new Color[] {new Color(255, 244, 200), new Color(250, 170, 80, 0)}));
      g.fill(new Ellipse2D.Float(width * 0.72f - sun, height * 0.3f - sun, 2 * sun, 2 * sun));
      Path2D hills = new Path2D.Float();
      hills.moveTo(0, height * 0.7);
      for (int x = 0; x <= width; x += Math.max(1, width / 60)) {
        hills.lineTo(x, height * (0.62 + 0.06 * Math.sin(x * 6.0 / width) + 0.03 * Math.sin(x * 23.0 / width)));
      }
      hills.lineTo(width, height);
      hills.lineTo(0, height);
      hills.closePath();
      g.setPaint(new GradientPaint(0, height * 0.6f, new Color(70, 120, 60), 0, height, new Color(30, 60, 35)));
      g.fill(hills);
      g.setColor(new Color(60, 60, 66));
      g.setStroke(new BasicStroke(Math.max(2, height / 120f)));
      g.drawLine(0, (int) (height * 0.85), width, (int) (height * 0.78));
      for (int stop = 1; stop <= 5; stop++) {
        int x = width * stop / 6;
        g.setColor(new Color(220, 40 + 30 * stop, 50));
        g.fillRoundRect(x - width / 40, (int) (height * 0.74), width / 20, height / 14, width / 80, width / 80);
      }
    } finally {
      g.dispose();
    }
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      if (!ImageIO.write(image, "jpeg", bytes)) {
        throw new IllegalStateException("no JPEG writer");
      }
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
