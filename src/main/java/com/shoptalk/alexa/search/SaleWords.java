package com.shoptalk.alexa.search;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Words asking for sales or discounts ("any deals on coffee tables", "gibt es Angebote bei Couchtischen"): the feed
 * has no sale prices, so the search is for the rest and the answer says the shop doesn't tell.
 */
final class SaleWords {
  private static final Pattern EN = Pattern.compile(
      "(?iu)^(?:(?:is|are) there |do you have |got )?(?:any(?:thing)? )?(?:deals?|discounts?|sales?|special offers?"
          + "|on sale|discounted|reduced|clearance)(?: on| for| in)?\\s+(.+?)(?: on sale)?$");
  private static final Pattern DE = Pattern.compile(
      "(?iu)^(?:gibt es |habt ihr |hast du )?(?:gerade )?(?:irgendwelche |ein paar )?(?:angebote|sonderangebote|rabatte"
          + "|reduzierte|sale)(?: bei| für| für die| für den| auf| an)?\\s+(.+?)$");

  private SaleWords() {}

  /** What was asked for without the sale words, when sale words lead the request; else empty. */
  static Optional<String> without(String said, Locale locale) {
    var matcher = ("de".equals(locale.getLanguage()) ? DE : EN).matcher(said.strip());
    return matcher.matches() && !matcher.group(1).isBlank() ? Optional.of(matcher.group(1)) : Optional.empty();
  }
}
