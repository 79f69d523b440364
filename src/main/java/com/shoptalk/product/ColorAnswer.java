package com.shoptalk.product;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The colours a product comes in, and whether one the shopper asked about is among them ("does it come in blue").
 *
 * @param colors all colours of the product's variants, in the catalog's language; empty when the feed lists none
 * @param asked the colour the shopper asked about, as spoken; empty for "what colours does it come in"
 * @param matching the product's colours that are the asked one ("Royal Blue" and "Sky Blue" for "blue"); empty when
 *     none is, or nothing was asked
 */
public record ColorAnswer(List<String> colors, Optional<String> asked, List<String> matching) {
  public ColorAnswer {
    colors = List.copyOf(Objects.requireNonNull(colors, "colors"));
    Objects.requireNonNull(asked, "asked");
    matching = List.copyOf(Objects.requireNonNull(matching, "matching"));
  }
}
