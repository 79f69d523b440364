package com.shoptalk.catalog;

import java.io.IOException;
import java.util.Locale;
import java.util.OptionalLong;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** A token filter that replaces number words ("three", "drei", "neunundneunzig") by their digits. */
final class NumberWordFilter extends TokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final Locale locale;

  NumberWordFilter(TokenStream input, Locale locale) {
    super(input);
    this.locale = locale;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (term.length() > 2 && Character.isLetter(term.charAt(0))) {
      OptionalLong value = NumberWords.parseWord(term.toString(), locale);
      if (value.isPresent()) {
        term.setEmpty().append(Long.toString(value.getAsLong()));
      }
    }
    return true;
  }
}
