package com.shoptalk.testing;

import com.shoptalk.ShopTalk;
import com.shoptalk.catalog.Product;
import com.shoptalk.local.AlexaSimulator.Turn;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a search turn listed, in order, as the skill keeps it numbered in the session. Tests that
 * pick "the second one" take the expected product from here rather than hard-coding it, so they
 * keep checking what the shopper hears without breaking whenever the ranking improves.
 */
public final class Found {
  private static final Pattern POSITION = Pattern.compile("\\{(\\d+)}");

  private final List<Product> products;

  private Found(List<Product> products) {
    this.products = products;
  }

  /** The products a search turn listed, looked up in the app's catalog of the device's locale. */
  public static Found in(Turn search, ShopTalk app, String locale) {
    var catalog = app.catalogs().forLocale(Locale.forLanguageTag(locale));
    var products = new ArrayList<Product>();
    for (String id : productIds(search)) {
      products.add(catalog.byId(id).orElseThrow(() -> new AssertionError("listed but not in the catalog: " + id)));
    }
    if (products.isEmpty()) {
      throw new AssertionError("the search listed nothing:\n  " + search.speech());
    }
    return new Found(products);
  }

  /** The product ids the skill keeps numbered after a turn, in order (all of them, not just those read). */
  public static List<String> productIds(Turn turn) {
    var ids = new ArrayList<String>();
    turn.response().path("sessionAttributes").path("listing").path("productIds").forEach(id -> ids.add(id.asText()));
    return ids;
  }

  /** The product at a position as the shopper counts, from 1. */
  public Product at(int position) {
    if (position < 1 || position > products.size()) {
      throw new AssertionError("the search listed " + products.size() + " products, no number " + position);
    }
    return products.get(position - 1);
  }

  public String id(int position) {
    return at(position).id();
  }

  public String name(int position) {
    return at(position).spokenName();
  }

  /** A sentence with each {@code {N}} replaced by the spoken name of the N-th product listed. */
  public String fill(String template) {
    Matcher matcher = POSITION.matcher(template);
    var filled = new StringBuilder();
    while (matcher.find()) {
      matcher.appendReplacement(filled, Matcher.quoteReplacement(name(Integer.parseInt(matcher.group(1)))));
    }
    return matcher.appendTail(filled).toString();
  }
}
