package com.shoptalk.search;

import com.shoptalk.catalog.Catalog;
import com.shoptalk.catalog.Catalogs;
import com.shoptalk.catalog.Product;
import com.shoptalk.catalog.SearchQuery;
import com.shoptalk.catalog.SearchResult;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Searching the shop as a shopper does by voice: a spoken search, narrowing it (price, colour,
 * brand), "cheaper ones", and the products of a listing by id. Reads the catalog of the shopper's
 * locale only; it remembers nothing (see {@code VisitService} for the last search).
 */
public final class SearchService {
  /**
   * Cheaper means strictly below the reference price. The catalog's maximum is inclusive and counts
   * whole cents (rounded down), so a tenth of a cent below excludes the reference price itself while
   * the limit still reads as that price ("under $299", not "under $298.99").
   */
  private static final BigDecimal JUST_BELOW = new BigDecimal("0.001");
  /** Words that put a description after what it describes ("sofas with a chaise", "Sofas aus Baumwolle"). */
  private static final Pattern TRAILING = Pattern.compile(
      "(?:with|without|from|made|for|in|aus|mit|ohne|für|fuer|von)\\b", Pattern.CASE_INSENSITIVE);

  private final Catalogs catalogs;

  public SearchService(Catalogs catalogs) {
    this.catalogs = Objects.requireNonNull(catalogs, "catalogs");
  }

  /** Searches for what the shopper said ("rugs under 200 dollars in blue"). */
  public SearchOutcome search(Locale locale, String spoken) {
    Catalog catalog = catalog(locale);
    return outcome(catalog, catalog.parse(spoken));
  }

  /** Whether the words name a gift ("a present for my mom"), not only a recipient or occasion ("my sister"). */
  public boolean namesGift(Locale locale, String spoken) {
    return catalog(locale).namesGift(spoken);
  }

  /** Runs a search. */
  public SearchOutcome search(Locale locale, SearchQuery query) {
    return outcome(catalog(locale), query);
  }

  /**
   * Narrows a search. A spoken colour is matched to the catalog's own word for it ("schwarz" for
   * "schwarzen"); a search that would only find something by broadening finds nothing.
   */
  public RefineOutcome refine(Locale locale, SearchQuery current, Refinement refinement) {
    Catalog catalog = catalog(locale);
    SearchQuery query = current;
    if (refinement.maxPrice() != null) {
      query = query.withMaxPrice(refinement.maxPrice());
    }
    if (refinement.minPrice() != null) {
      query = query.withMinPrice(refinement.minPrice());
    }
    if (refinement.color() != null) {
      query = query.withColor(catalogColor(catalog, refinement.color()));
    }
    if (refinement.brand() != null) {
      query = query.withBrand(refinement.brand());
    }
    return new RefineOutcome(query, foundWithoutBroadening(catalog, query), catalog.currency());
  }

  /**
   * "The white one", "the velvet ones", "die aus Holz": the current search narrowed to what the shopper describes.
   * A colour, price or brand in the words becomes that filter, as in {@link #refine}; the other words join the
   * search's own ("travel" with "coffee mugs" is "travel coffee mugs"). A search that would only find something by broadening finds nothing.
   */
  public RefineOutcome narrow(Locale locale, SearchQuery current, String described) {
    SearchQuery said = catalog(locale).parse(described);
    // as the shopper would say it: "velvet sofas", "sofas with a chaise", "Sofas aus Baumwolle"
    SearchQuery words = said.text().isEmpty() ? current : current.withText(TRAILING.matcher(said.text()).lookingAt()
        ? current.text() + " " + said.text() : said.text() + " " + current.text());
    return refine(locale, words, new Refinement(said.maxPrice(), said.minPrice(), said.color(), said.brand()));
  }

  /**
   * "Cheaper ones": the same search strictly below the price of the product in focus, or of the
   * cheapest product just heard; empty when there is neither.
   *
   * @param focusId the product in focus, if any
   * @param heardIds the products of the page just heard
   */
  public Optional<CheaperOutcome> cheaper(Locale locale, SearchQuery current, Optional<String> focusId, List<String> heardIds) {
    Catalog catalog = catalog(locale);
    Optional<Product> reference = focusId.flatMap(catalog::byId).or(() -> heardIds.stream()
        .map(catalog::byId).flatMap(Optional::stream)
        .min(Comparator.comparing(Product::effectivePrice)));
    return reference.map(product -> {
      BigDecimal limit = product.effectivePrice().amount().subtract(JUST_BELOW);
      Optional<SearchOutcome.Found> found = limit.signum() < 0
          ? Optional.empty() : foundWithoutBroadening(catalog, current.withMaxPrice(limit));
      return new CheaperOutcome(product.effectivePrice(), current, found);
    });
  }

  /** A product of the shopper's catalog. */
  public Optional<Product> product(Locale locale, String productId) {
    return catalog(locale).byId(productId);
  }

  /** The products of the shopper's catalog with these ids, in their order; ids no longer there are left out. */
  public List<Product> products(Locale locale, List<String> productIds) {
    Catalog catalog = catalog(locale);
    return productIds.stream().map(catalog::byId).flatMap(Optional::stream).toList();
  }

  /** The currency of the shopper's catalog. */
  public Currency currency(Locale locale) {
    return catalog(locale).currency();
  }

  private Catalog catalog(Locale locale) {
    return catalogs.forLocale(locale);
  }

  private static SearchOutcome outcome(Catalog catalog, SearchQuery query) {
    SearchResult result = catalog.search(query);
    if (result.isNotCarried() && result.topic() == null) {
      return new SearchOutcome.NotCarried(query, result.notCarried(), result.related(), catalog.currency());
    }
    if (result.isNotCarried()) {
      return new SearchOutcome.RoomNotFurnished(query, result.topic(), result.related(), catalog.currency());
    }
    if (result.isEmpty()) {
      return new SearchOutcome.NothingFound(query, Optional.ofNullable(result.suggestion()), catalog.currency());
    }
    return found(catalog, result);
  }

  private static Optional<SearchOutcome.Found> foundWithoutBroadening(Catalog catalog, SearchQuery query) {
    SearchResult result = catalog.search(query);
    return result.isEmpty() || result.isBroadened() ? Optional.empty() : Optional.of(found(catalog, result));
  }

  private static SearchOutcome.Found found(Catalog catalog, SearchResult result) {
    // Found by sound or despite a typo: speak of what was found ("lounge chair", not "lunch chair"); for a room, of
    // the room ("kitchen", not "something for the kitchen").
    SearchQuery understood = result.suggestion() != null && !result.isBroadened()
        ? result.query().withText(result.suggestion())
        : result.topic() != null ? result.query().withText(result.topic()) : result.query();
    return new SearchOutcome.Found(understood, result.products(), result.broadenedFrom(), catalog.currency(),
        result.gift());
  }

  /** The catalog's own word for a spoken colour ("schwarz" for "schwarzen"), else the word as spoken. */
  private static String catalogColor(Catalog catalog, String spoken) {
    // the search's own reading first: it knows the catalog's colours by their other names ("grey" for "gray")
    String parsed = catalog.parse(spoken).color();
    Locale locale = catalog.locale();
    String word = (parsed == null ? spoken : parsed).toLowerCase(locale);
    for (String known : catalog.colors()) {
      String candidate = known.toLowerCase(locale);
      if (word.equals(candidate) || word.startsWith(candidate) || candidate.startsWith(word)) {
        return known;
      }
    }
    return parsed == null ? spoken : parsed;
  }
}
