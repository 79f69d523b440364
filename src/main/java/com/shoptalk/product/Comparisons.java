package com.shoptalk.product;

import com.shoptalk.catalog.Money;
import com.shoptalk.catalog.Product;
import com.shoptalk.search.SearchService;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Products of the shopper's list against each other: comparing two or three ("which is cheaper"), picking the
 * cheapest, the most expensive or the best rated, and putting the list in order. Decides only from the feed: prices,
 * ratings, materials, feature statements and finish.
 */
public final class Comparisons {
  /** How many products a comparison holds at most. */
  public static final int MAX_COMPARED = 3;

  private final SearchService searches;

  public Comparisons(SearchService searches) {
    this.searches = Objects.requireNonNull(searches, "searches");
  }

  /**
   * Compares two or three products.
   *
   * @param productIds the products in the order the shopper named them; repeats and ids no longer in the catalog
   *     are left out, and only the first {@value #MAX_COMPARED} are compared
   * @return empty when fewer than two products are left
   */
  public Optional<Comparison> compare(Locale locale, List<String> productIds) {
    List<Product> products = searches.products(locale, List.copyOf(new LinkedHashSet<>(productIds)));
    products = products.subList(0, Math.min(MAX_COMPARED, products.size()));
    if (products.size() < 2) {
      return Optional.empty();
    }
    Product cheapest = products.stream().min(Comparator.comparing(Product::effectivePrice)).orElseThrow();
    Product dearest = products.stream().max(Comparator.comparing(Product::effectivePrice)).orElseThrow();
    boolean samePrice = cheapest.effectivePrice().compareTo(dearest.effectivePrice()) == 0;
    if (samePrice) {
      return Optional.of(new Comparison(products, Optional.empty(), Optional.empty(), Optional.empty(),
          bestRated(products), distinction(products)));
    }
    Money difference = new Money(dearest.effectivePrice().amount().subtract(cheapest.effectivePrice().amount()),
        cheapest.effectivePrice().currency());
    return Optional.of(new Comparison(products, Optional.of(cheapest), Optional.of(dearest), Optional.of(difference),
        bestRated(products), distinction(products)));
  }

  /**
   * The cheapest, most expensive or best rated of a list; among equals the one listed first. The smallest, biggest,
   * lightest or heaviest only when one is, by sizes the feed gives for all ({@link #bySize} says more).
   *
   * @return empty when the list has no product left in the catalog, for the best rated when none has reviews, and by
   *     size when the sizes do not single one out
   */
  public Optional<Product> best(Locale locale, List<String> productIds, Superlative superlative) {
    List<Product> products = searches.products(locale, productIds);
    return switch (superlative) {
      case SMALLEST, LARGEST, LIGHTEST, HEAVIEST -> SizeOrder.extreme(products, superlative)
          .filter(extreme -> extreme.products().size() == 1 && extreme.unknown().isEmpty())
          .map(extreme -> extreme.products().get(0));
      case CHEAPEST -> products.stream().min(Comparator.comparing(Product::effectivePrice));
      case MOST_EXPENSIVE -> products.stream().reduce((best, next) ->
          next.effectivePrice().compareTo(best.effectivePrice()) > 0 ? next : best);
      case BEST_RATED -> products.stream().filter(p -> !p.reviews().isEmpty()).reduce((best, next) ->
          byRating().compare(next, best) < 0 ? next : best);
    };
  }

  /**
   * The smallest, biggest, lightest or heaviest of a list, all of them when several tie ("5 x 3 ft" and "3 x 5 ft"),
   * with the size that makes them so.
   *
   * @param superlative one that is {@link Superlative#bySize()}
   * @return empty when the feed gives fewer than two products of the list (of a list of one, none) a size (or
   *     weight), or sizes that cannot be compared; nothing is guessed
   */
  public Optional<SizeOrder.Extreme> bySize(Locale locale, List<String> productIds, Superlative superlative) {
    if (!superlative.bySize()) {
      throw new IllegalArgumentException("not a size: " + superlative);
    }
    List<Product> products = searches.products(locale, productIds);
    return SizeOrder.extreme(products, superlative);
  }

  /**
   * "Something smaller": the products of a list smaller (or bigger) than the one named, by the sizes the feed gives.
   *
   * @return empty when the product is not in the catalog or the feed gives it no size to compare with
   */
  public Optional<List<SizeOrder.Sized>> beside(Locale locale, List<String> productIds, String referenceId,
      boolean smaller) {
    return searches.product(locale, referenceId)
        .flatMap(reference -> SizeOrder.beside(searches.products(locale, productIds), reference, smaller));
  }

  /**
   * The products of a list whose description or highlights mention any of the words, in the list's order. Words are
   * matched as parts of words, ignoring case ("scent" in "scented", "duft" in "Vanilleduft").
   *
   * @param words lower-case word parts; none finds nothing
   */
  public List<Product> mentioning(Locale locale, List<String> productIds, List<String> words) {
    List<String> parts = words.stream().map(w -> w.strip().toLowerCase(locale)).filter(w -> !w.isEmpty()).toList();
    return searches.products(locale, productIds).stream().filter(product -> {
      String text = (Objects.toString(product.description(), "") + " "
          + String.join(" ", product.facts().highlights())).toLowerCase(locale);
      return parts.stream().anyMatch(text::contains);
    }).toList();
  }

  /**
   * The list in another order; products with the same price or rating keep their order, products without reviews
   * come last when sorting by rating.
   *
   * @return the ids in the new order (ids no longer in the catalog left out); empty when sorting by rating and no
   *     product has reviews
   */
  public Optional<List<String>> sorted(Locale locale, List<String> productIds, SortOrder order) {
    List<Product> products = new ArrayList<>(searches.products(locale, productIds));
    switch (order) {
      case PRICE_ASC -> products.sort(Comparator.comparing(Product::effectivePrice));
      case PRICE_DESC -> products.sort(Comparator.comparing(Product::effectivePrice).reversed());
      case RATING -> {
        if (products.stream().allMatch(p -> p.reviews().isEmpty())) {
          return Optional.empty();
        }
        products.sort(byRating());
      }
    }
    return Optional.of(products.stream().map(Product::id).toList());
  }

  /**
   * The products of a list that come in a colour ("is there a green one"), in list order.
   *
   * @param spoken the colour as the shopper said it ("green", "grünen")
   */
  public List<ColorMatch> inColor(Locale locale, List<String> productIds, String spoken) {
    return searches.products(locale, productIds).stream()
        .map(product -> new ColorMatch(product, ColorMatcher.matching(product.colors(), spoken, locale)))
        .filter(match -> !match.colors().isEmpty())
        .toList();
  }

  /** Best average first, then more reviews; products without reviews last. */
  private static Comparator<Product> byRating() {
    return Comparator.comparingDouble((Product p) -> -p.averageRating().orElse(-1))
        .thenComparing(p -> -p.reviews().size());
  }

  private static Optional<Product> bestRated(List<Product> products) {
    List<Product> rated = products.stream().filter(p -> p.averageRating().isPresent()).toList();
    if (rated.size() < 2) {
      return Optional.empty();
    }
    Product best = rated.stream().sorted(byRating()).findFirst().orElseThrow();
    double top = best.averageRating().getAsDouble();
    boolean alone = rated.stream().filter(p -> p != best).map(Product::averageRating)
        .mapToDouble(OptionalDouble::getAsDouble).allMatch(other -> other < top);
    return alone ? Optional.of(best) : Optional.empty();
  }

  /**
   * The first fact, by kind (material, feature, finish), that one product has and none of the others; only when
   * the feed says that kind of thing about all of them, so "only this one" is true.
   */
  private static Optional<Distinction> distinction(List<Product> products) {
    for (Distinction.Kind kind : Distinction.Kind.values()) {
      Function<Product, List<String>> facts = factsOf(kind);
      if (products.stream().anyMatch(p -> facts.apply(p).isEmpty())) {
        continue;
      }
      for (Product product : products) {
        Set<String> others = products.stream().filter(p -> p != product).flatMap(p -> facts.apply(p).stream())
            .map(Comparisons::key).collect(Collectors.toSet());
        List<String> own = facts.apply(product).stream().filter(f -> !others.contains(key(f))).toList();
        if (!own.isEmpty()) {
          return Optional.of(new Distinction(product, kind, kind == Distinction.Kind.MATERIAL ? own : own.subList(0, 1)));
        }
      }
    }
    return Optional.empty();
  }

  private static Function<Product, List<String>> factsOf(Distinction.Kind kind) {
    var questions = new ProductQuestions();
    return switch (kind) {
      case MATERIAL -> Product::materials;
      case HIGHLIGHT -> Product::highlights;
      case FINISH -> p -> questions.material(p).finish().stream().toList();
    };
  }

  /** A feed text as a shopper hears it: case and spacing do not matter. */
  private static String key(String text) {
    return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
