package dev.gazette.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;

/**
 * Brings a decoded picture into the one form processing works on: opaque sRGB pixels packed in
 * ints. Renditions carry no colour profile, and browsers take an untagged picture as sRGB, so a
 * picture in Adobe RGB (or decoded from CMYK with another profile) must be converted, not relabelled.
 */
final class Srgb {
  private Srgb() {}

  /** {@code decoded} as TYPE_INT_RGB sRGB; transparent parts are laid on white. */
  static BufferedImage opaque(BufferedImage decoded) {
    ColorSpace space = decoded.getColorModel().getColorSpace();
    if (decoded.getType() == BufferedImage.TYPE_INT_RGB && space.isCS_sRGB()) {
      return decoded;
    }
    BufferedImage srgb = decoded;
    // Grey is drawn as it is (Java 2D copies the grey level into each channel); palettes are sRGB.
    if (!space.isCS_sRGB() && space.getType() != ColorSpace.TYPE_GRAY) {
      int type = decoded.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
      srgb = new BufferedImage(decoded.getWidth(), decoded.getHeight(), type);
      new ColorConvertOp(null).filter(decoded, srgb);
      if (type == BufferedImage.TYPE_INT_RGB) {
        return srgb;
      }
    }
    BufferedImage opaque = new BufferedImage(decoded.getWidth(), decoded.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = opaque.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, opaque.getWidth(), opaque.getHeight());
      g.drawImage(srgb, 0, 0, null);
    } finally {
      g.dispose();
    }
    return opaque;
  }
}
