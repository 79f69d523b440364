package com.shoptalk.product;

import java.util.Objects;
import java.util.Optional;

/**
 * What a product is made of, and whether it is the material the shopper asked about ("is it made of wood").
 *
 * @param material what the feed says it is made of
 * @param asked the material as spoken ("wood", "echtem Leder"); empty for "what is it made of"
 * @param verdict whether it is
 */
public record MaterialAnswer(Material material, Optional<String> asked, Verdict verdict) {
  public MaterialAnswer {
    Objects.requireNonNull(material, "material");
    Objects.requireNonNull(asked, "asked");
    Objects.requireNonNull(verdict, "verdict");
  }

  /** Whether the product is the material asked about, as far as the feed says. */
  public enum Verdict {
    /** Nothing was asked about, or the feed names no material (its finish at most): say what it says. */
    NOT_ASKED,
    /** One of its materials is the one asked about or a kind of it (walnut for "wood"). */
    IS,
    /** Its finish is ("is it glass" for a glass finish), not a material the feed names. */
    FINISH_IS,
    /** The feed names only a broader material ("wood" when asked "is it oak"): it does not say which kind. */
    ONLY_BROADER,
    /** The feed names its materials and the asked one is not among them. */
    IS_NOT
  }
}
