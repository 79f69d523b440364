package com.shoptalk.product;

import com.shoptalk.catalog.Availability;
import com.shoptalk.catalog.Product;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Answers to a shopper's questions about one product, from what the merchant's feed says and nothing else: whether
 * it is in stock, what it is made of, how big it is, its brand, its colours, what stands out. An empty answer means
 * the feed does not say; the skill then says so and never guesses.
 */
public final class ProductQuestions {
  /** How many feature statements "tell me more" reads. */
  public static final int MAX_HIGHLIGHTS = 3;
  /** The product detail that names the surface ("General:Finish:Gold"), in the feed languages ShopTalk reads. */
  private static final List<String> FINISH = List.of("Finish", "Oberfläche");

  /** Whether it can be bought now. */
  public Availability availability(Product product) {
    return product.stock();
  }

  /** Who makes it. */
  public Optional<String> brand(Product product) {
    return Optional.ofNullable(product.brand());
  }

  /** What it is made of, and its finish. */
  public Material material(Product product) {
    Optional<String> finish = FINISH.stream().map(name -> product.facts().detail(name))
        .flatMap(Optional::stream).findFirst();
    return new Material(product.materials(), finish);
  }

  /**
   * What it is made of, and whether that is the material the shopper asked about: "wood" is a walnut table,
   * "Metall" a brass lamp, "leather" is not faux leather.
   *
   * @param asked the material as spoken, or empty for "what is it made of"
   * @param locale the catalog's locale, which decides how material words are compared
   */
  public MaterialAnswer material(Product product, Optional<String> asked, Locale locale) {
    Material material = material(product);
    Optional<String> spoken = asked.map(String::strip).filter(a -> !a.isEmpty());
    if (spoken.isEmpty() || material.materials().isEmpty() && material.finish().isEmpty()) {
      return new MaterialAnswer(material, spoken, MaterialAnswer.Verdict.NOT_ASKED);
    }
    MaterialWords words = MaterialWords.of(locale);
    Optional<String> wanted = words.materialIn(spoken.get());
    boolean broader = false;
    for (String named : material.materials()) {
      Optional<String> is = words.materialIn(named);
      boolean known = is.isPresent() && wanted.isPresent();
      if (known ? words.isA(is.get(), wanted.get()) : words.contains(named, spoken.get())) {
        return new MaterialAnswer(material, spoken, MaterialAnswer.Verdict.IS);
      }
      broader |= known && words.isA(wanted.get(), is.get());
    }
    Optional<String> finish = material.finish().flatMap(words::materialIn);
    if (finish.isPresent() && wanted.isPresent() && words.isA(finish.get(), wanted.get())) {
      return new MaterialAnswer(material, spoken, MaterialAnswer.Verdict.FINISH_IS);
    }
    // words no material is called ("is it comfy") get what it is made of, without a yes or no
    MaterialAnswer.Verdict verdict = material.materials().isEmpty() || wanted.isEmpty()
        ? MaterialAnswer.Verdict.NOT_ASKED
        : broader ? MaterialAnswer.Verdict.ONLY_BROADER : MaterialAnswer.Verdict.IS_NOT;
    return new MaterialAnswer(material, spoken, verdict);
  }

  /** The sizes its variants come in and its measurements. */
  public Size size(Product product) {
    return new Size(product.sizes(), product.dimensions());
  }

  /**
   * Its colours, and which of them is the one the shopper asked about.
   *
   * @param asked the colour as spoken ("blue", "blauen"), or empty for "what colours does it come in"
   * @param locale the catalog's locale, which decides how colour words are compared
   */
  public ColorAnswer colors(Product product, Optional<String> asked, Locale locale) {
    Optional<String> spoken = asked.map(String::strip).filter(a -> !a.isEmpty());
    List<String> matching = spoken.map(a -> ColorMatcher.matching(product.colors(), a, locale)).orElse(List.of());
    return new ColorAnswer(product.colors(), spoken, matching);
  }

  /** Up to three feature statements, each once; the description only when the feed has none. */
  public Highlights highlights(Product product) {
    var distinct = new LinkedHashMap<String, String>();
    for (String highlight : product.highlights()) {
      String text = highlight.strip();
      if (!text.isEmpty()) {
        distinct.putIfAbsent(text.toLowerCase(Locale.ROOT), text);
      }
    }
    List<String> chosen = new ArrayList<>(distinct.values());
    chosen = chosen.subList(0, Math.min(MAX_HIGHLIGHTS, chosen.size()));
    return new Highlights(chosen, chosen.isEmpty() ? product.description() : "");
  }
}
