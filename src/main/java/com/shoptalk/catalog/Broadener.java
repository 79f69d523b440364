package com.shoptalk.catalog;

import java.util.ArrayList;
import java.util.List;

/** Proposes broader queries for a query that found nothing, most similar first. */
final class Broadener {

  private Broadener() {
  }

  /**
   * Returns the broader queries to try: constraints dropped, then fewer words.
   *
   * @param query  the query that found nothing
   * @param spoken its analyzed words
   * @return the broader queries, most similar first
   */
  static List<SearchQuery> broaderQueries(SearchQuery query, List<SpokenWords.Word> spoken) {
    List<SearchQuery> broader = new ArrayList<>();
    SearchQuery unconstrained = new SearchQuery(query.text(), null, null, null, null, query.sort());
    if (query.hasConstraints() && !query.text().isEmpty()) {
      broader.add(unconstrained);
    }
    if (spoken.size() > 1) {
      // The last word is usually the head noun in both English and German ("velvet sofa", "rotes Sofa").
      for (int i = spoken.size() - 1; i >= 0; i--) {
        broader.add(query.withText(spoken.get(i).surface()));
      }
      if (query.hasConstraints()) {
        for (int i = spoken.size() - 1; i >= 0; i--) {
          broader.add(unconstrained.withText(spoken.get(i).surface()));
        }
      }
    }
    if (query.text().isEmpty() && query.hasConstraints()) {
      if (query.color() != null || query.brand() != null) {
        broader.add(query.withColor(null).withBrand(null));
      }
      broader.add(unconstrained);
    }
    return broader;
  }
}
