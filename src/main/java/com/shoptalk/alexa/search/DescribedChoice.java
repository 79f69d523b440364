package com.shoptalk.alexa.search;

import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.Listing;
import com.shoptalk.alexa.SpokenName;
import com.shoptalk.catalog.Product;
import com.shoptalk.catalog.QueryParser;
import com.shoptalk.catalog.SearchQuery;
import com.shoptalk.search.RefineOutcome;
import com.shoptalk.search.SearchOutcome;
import com.shoptalk.search.SearchService;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "The white one", "what about the travel one", "die aus Holz" while search results are listed: the shopper picks by
 * what a product is like, not by its number. One listed product fits: it is chosen. Several or none: the search is
 * narrowed to what was described ("coffee mugs in white"), and when nothing is left the shopper hears so and keeps
 * the results they had.
 */
final class DescribedChoice {
  /** "the white one", "a velvet one", "those grey ones": English marks a description with "one". */
  private static final Pattern ENGLISH_ONE = Pattern.compile(
      "^(?:(?:the|a|an|that|those|these|this)\\s+)?(.+?)\\s+ones?$", Pattern.CASE_INSENSITIVE);

  /** "und die blauen", "was ist mit den grauen": an article and one word. */
  private static final Pattern GERMAN_ARTICLE_AND_WORD = Pattern.compile(
      "^(?:und\\s+|(?:und\\s+)?was\\s+ist\\s+mit\\s+|lieber\\s+)?(?:der|die|das|den|dem)\\s+(\\p{L}+)$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private final SearchService searches;
  private final SearchAnswers answers;

  DescribedChoice(SearchService searches, SearchAnswers answers) {
    this.searches = searches;
    this.answers = answers;
  }

  /** The search results listed now, when there are any to pick from. */
  static Optional<Listing> searchListed(Conversation conversation) {
    return Listing.of(conversation).filter(l -> l.isSearch() && l.query() != null && l.size() > 0);
  }

  /**
   * What a search request describes when it is said as a pick ("the white one", "how about the velvet ones"): the
   * words before "one"; in German, which has no such word, a colour after an article alone ("und die blauen");
   * empty for anything else.
   */
  static Optional<String> describedAsOne(String said, Locale locale) {
    if ("de".equals(locale.getLanguage())) {
      // "und die blauen", "den grauen": an article and a colour alone, which German says without a noun
      Matcher word = GERMAN_ARTICLE_AND_WORD.matcher(said.strip());
      if (!word.matches()) {
        return Optional.empty();
      }
      SearchQuery read = QueryParser.parse(word.group(1), locale);
      return read.color() != null && read.text().isEmpty() ? Optional.of(word.group(1)) : Optional.empty();
    }
    if (!"en".equals(locale.getLanguage())) {
      return Optional.empty();
    }
    Matcher one = ENGLISH_ONE.matcher(said.strip());
    return one.matches() ? Optional.of(one.group(1)) : Optional.empty();
  }

  /**
   * Picks among the listed results by {@code described}.
   *
   * @param kindWord whether the words are a kind of product the catalog knows ("the sofa one" while mugs are
   *     listed): when the listed results have nothing like it, it is searched for instead
   */
  Optional<Response> answer(Conversation conversation, Listing listing, String described, boolean kindWord) {
    Locale locale = conversation.locale();
    List<Product> named = SpokenName.matches(described, searches.products(locale, listing.productIds()), locale);
    Optional<Product> chosen = named.size() == 1
        ? Optional.of(named.get(0))
        : named.stream().filter(product -> product.id().equals(listing.focusId())).findFirst();
    if (chosen.isPresent()) {
      listing.withFocus(chosen.get().id()).save(conversation);
      return DetailsSpeech.summary(conversation, chosen.get());
    }
    RefineOutcome narrowed = searches.narrow(locale, listing.query(), described);
    if (narrowed.found().isPresent()) {
      return answers.answer(conversation, narrowed.found().get());
    }
    if (kindWord && searches.search(locale, described) instanceof SearchOutcome.Found found && !found.isBroadened()) {
      return answers.answer(conversation, found);
    }
    return SearchSpeech.nothingLeft(conversation, narrowed, listing.size());
  }
}
