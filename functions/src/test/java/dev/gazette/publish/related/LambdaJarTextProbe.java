package dev.gazette.publish.related;

/**
 * Run by {@code LambdaJarIT} in a JVM whose classpath starts with the shaded Lambda jar: weighs a
 * French sentence with the Lucene classes the jar keeps, and prints its terms.
 */
public final class LambdaJarTextProbe {
  private LambdaJarTextProbe() {}

  public static void main(String[] args) {
    System.out.println("terms " + FrenchText.terms("L’économie des médiathèques, ouvertes le dimanche"));
  }
}
