package com.shoptalk.catalog;

import java.io.IOException;
import java.util.Set;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * A token filter that keeps, of the parts a compound filter emitted for a word, only the head: the part the
 * word ends with, give or take an inflection ending.
 *
 * <p>German compounds are right-headed: a "Samtsessel" is a "Sessel", but a "Kissenbezug" is no "Kissen" and
 * "Bettwäsche" is no "Bett". Placed after a {@link org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter},
 * it lets a search for "Sessel" find "Samtsessel" without a search for "Bett" finding pillow covers. A synonym the
 * shopper vocabulary stacked on the word ("Bettwäsche" on "Bettdecke") is no part of it and stays.
 */
final class CompoundHeadFilter extends TokenFilter {

  private static final Set<String> ENDINGS = Set.of("", "e", "n", "en", "s", "es", "er", "ern", "ns", "nen");

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
  private String word = "";

  CompoundHeadFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    while (input.incrementToken()) {
      if (position.getPositionIncrement() > 0 || !word.contains(term)) {
        // A new word, or a synonym stacked on it (not a part of it): kept, and its own parts are judged by it.
        word = term.toString();
        return true;
      }
      if (isHead(word, term.toString())) {
        return true;
      }
    }
    return false;
  }

  /** Tells whether {@code part} ends the compound {@code word}, allowing for an inflection ending. */
  static boolean isHead(String word, String part) {
    int at = word.lastIndexOf(part);
    return at > 0 && ENDINGS.contains(word.substring(at + part.length()));
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    word = "";
  }
}
