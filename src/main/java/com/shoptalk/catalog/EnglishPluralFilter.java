package com.shoptalk.catalog;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * A token filter that turns the {@code -es} plurals after sibilants ("glasses", "benches", "boxes") into
 * singulars, which Lucene's English minimal stemmer leaves as "glasse"; it runs before that stemmer.
 */
final class EnglishPluralFilter extends TokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

  EnglishPluralFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (!keyword.isKeyword() && term.length() > 4) {
      String t = term.toString();
      if (t.endsWith("sses") || t.endsWith("shes") || t.endsWith("ches") || t.endsWith("xes")
          || t.endsWith("zzes")) {
        term.setLength(term.length() - 2);
      }
    }
    return true;
  }
}
