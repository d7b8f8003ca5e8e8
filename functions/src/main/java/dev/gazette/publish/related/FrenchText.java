package dev.gazette.publish.related;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * Turns French text (Markdown allowed) into the terms related articles are compared by:
 * elisions split, stop words dropped, accents folded and plurals stemmed, so "l’économie" and
 * "L'Economie" meet.
 */
public final class FrenchText {

  private static final Pattern LINK_TARGET = Pattern.compile("\\]\\([^)]*\\)");
  private static final Pattern MARKDOWN_MARKS = Pattern.compile("[*_#>`\\[\\]]");
  private static final Analyzer ANALYZER = new FrenchTermAnalyzer();

  private FrenchText() {
  }

  /** The terms of this text in reading order, repeated as often as they occur. */
  public static List<String> terms(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    String unlinked = LINK_TARGET.matcher(text).replaceAll("]");
    String plain = MARKDOWN_MARKS.matcher(unlinked).replaceAll(" ");
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = ANALYZER.tokenStream("text", plain)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        String word = term.toString();
        if (isWord(word)) {
          terms.add(word);
        }
      }
      stream.end();
    } catch (IOException e) {
      // Lucene declares IOException for readers in general; a String reader never throws.
      throw new UncheckedIOException(e);
    }
    return terms;
  }

  private static boolean isWord(String term) {
    return term.length() >= 2 && term.chars().anyMatch(Character::isLetter);
  }

  /** Lucene's French chain, accents folded before stemming so "économie" and "economie" agree. */
  private static final class FrenchTermAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new StandardTokenizer();
      // DEFAULT_ARTICLES ignores case, and ElisionFilter accepts both ' and ’ (U+2019).
      TokenStream stream = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
      stream = new LowerCaseFilter(stream);
      stream = new StopFilter(stream, FrenchAnalyzer.getDefaultStopSet());
      stream = new ASCIIFoldingFilter(stream);
      stream = new FrenchLightStemFilter(stream);
      return new TokenStreamComponents(source, stream);
    }
  }
}
