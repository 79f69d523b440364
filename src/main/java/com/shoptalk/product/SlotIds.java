package com.shoptalk.product;

import java.util.Locale;
import java.util.Optional;

/** The interaction model's slot value ids ({@code CHEAPEST}, {@code PRICE_ASC}) as the domain's enums. */
final class SlotIds {
  private SlotIds() {}

  /** The constant of {@code type} named by {@code id}, ignoring case; empty for any other text. */
  static <E extends Enum<E>> Optional<E> of(Class<E> type, String id) {
    if (id == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Enum.valueOf(type, id.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException unknown) {
      return Optional.empty();
    }
  }
}
