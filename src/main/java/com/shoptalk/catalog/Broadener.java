package com.shoptalk.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Proposes broader queries for a query that found nothing, only ever along the kind of product asked for: the words
 * describing it are dropped, those after the kind first ("with backrest"), then those before it from the farthest
 * ("dark" before "coffee" in "dark coffee table"), and the price, colour and brand go after the words; the kind
 * itself always stays. A query that names no kind keeps its words and loses only its constraints.
 */
final class Broadener {

  /**
   * One broader query.
   *
   * @param query the broader query, its text in the shopper's words
   * @param kept  the describing words it keeps
   */
  record Step(SearchQuery query, List<SpokenWords.Word> kept) {
  }

  private Broadener() {
  }

  /**
   * Returns the broader queries to try along the kind, most similar first.
   *
   * @param query     the query that found nothing
   * @param reading   its reading, which names a kind
   * @param modifiers the describing words a product had to match, in spoken order
   * @param text      writes a query text from the kept describing words and the kind's words
   * @return the broader queries
   */
  static List<Step> alongKind(SearchQuery query, Reading reading, List<SpokenWords.Word> modifiers,
      Function<List<SpokenWords.Word>, String> text) {
    List<SpokenWords.Word> order = new ArrayList<>();
    int headStart = reading.content().indexOf(reading.kindWords().get(0));
    for (int i = modifiers.size() - 1; i >= 0; i--) {
      if (reading.content().indexOf(modifiers.get(i)) > headStart) {
        order.add(modifiers.get(i));
      }
    }
    for (SpokenWords.Word modifier : modifiers) {
      if (!order.contains(modifier)) {
        order.add(modifier);
      }
    }
    List<Step> steps = new ArrayList<>();
    SearchQuery unconstrained = new SearchQuery(query.text(), null, null, null, null, query.sort());
    for (int dropped = 1; dropped <= order.size(); dropped++) {
      List<SpokenWords.Word> kept = keep(modifiers, order.subList(0, dropped));
      steps.add(new Step(query.withText(text.apply(kept)), kept));
    }
    if (query.hasConstraints()) {
      for (int dropped = 0; dropped <= order.size(); dropped++) {
        List<SpokenWords.Word> kept = keep(modifiers, order.subList(0, dropped));
        steps.add(new Step(unconstrained.withText(text.apply(kept)), kept));
      }
    }
    return steps;
  }

  /** Returns the broader queries for a query that names no kind: only its colour, brand and price go. */
  static List<SearchQuery> constraintsOnly(SearchQuery query) {
    List<SearchQuery> broader = new ArrayList<>();
    if (query.color() != null || query.brand() != null) {
      broader.add(query.withColor(null).withBrand(null));
    }
    if (query.hasConstraints()) {
      broader.add(new SearchQuery(query.text(), null, null, null, null, query.sort()));
    }
    return broader;
  }

  private static List<SpokenWords.Word> keep(List<SpokenWords.Word> modifiers, List<SpokenWords.Word> dropped) {
    return modifiers.stream().filter(m -> !dropped.contains(m)).toList();
  }
}
