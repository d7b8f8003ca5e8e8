package dev.gazette.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

/**
 * The site's icon, drawn here rather than copied from anywhere: a white "G" (an open ring and its
 * bar) on a rounded square of the theme colour, as SVG and as PNGs of any size drawn from the
 * same geometry. Shapes only, no font: Lambda's runtime has none to rely on.
 */
final class SiteIcons {

  /** The drawing's grid: every coordinate below is in 64ths of the icon's side. */
  private static final double GRID = 64;

  private SiteIcons() {}

  static byte[] svg() {
    String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 64 64\">"
        + "<rect width=\"64\" height=\"64\" rx=\"12\" fill=\"" + SiteChrome.THEME_COLOUR + "\"/>"
        + "<path d=\"M45.79 20.43A18 18 0 1 0 50 32H34\" fill=\"none\" stroke=\"#fff\" stroke-width=\"8\"/>"
        + "</svg>\n";
    return svg.getBytes(StandardCharsets.UTF_8);
  }

  /** The icon as a square PNG of this many pixels a side. */
  static byte[] png(int size) {
    BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      g.scale(size / GRID, size / GRID);
      g.setColor(Color.decode(SiteChrome.THEME_COLOUR));
      g.fill(new RoundRectangle2D.Double(0, 0, GRID, GRID, 24, 24));
      // The SVG's path: from 40° round the left to 0°, then the bar into the middle.
      Path2D.Double letter = new Path2D.Double();
      letter.append(new Arc2D.Double(14, 14, 36, 36, 40, 320, Arc2D.OPEN), false);
      letter.lineTo(34, 32);
      g.setColor(Color.WHITE);
      g.setStroke(new BasicStroke(8, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
      g.draw(letter);
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** favicon.ico holding one 32-pixel PNG (ICO allows PNG entries), for browsers that ask for it. */
  static byte[] ico(byte[] png32) {
    ByteBuffer ico = ByteBuffer.allocate(22 + png32.length).order(ByteOrder.LITTLE_ENDIAN);
    ico.putShort((short) 0).putShort((short) 1).putShort((short) 1);
    ico.put((byte) 32).put((byte) 32).put((byte) 0).put((byte) 0)
        .putShort((short) 1).putShort((short) 32).putInt(png32.length).putInt(22);
    ico.put(png32);
    return ico.array();
  }
}
