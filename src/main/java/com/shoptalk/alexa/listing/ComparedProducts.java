package com.shoptalk.alexa.listing;

import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.Listing;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * Which products "compare …" means: those named by position ("the first and the second") or by the number they were
 * read out with ("number one and number four"); with one position, that one and the product in focus; with none, the product in focus and the one in focus before it, else the first two
 * of the page just heard.
 */
final class ComparedProducts {
  private static final List<String> SLOTS = List.of("first", "second", "third");
  /** "Number one and number four": the numbers products were read out with. */
  private static final List<String> NUMBER_SLOTS = List.of("firstNumber", "secondNumber");

  private ComparedProducts() {}

  /** What the shopper asked to compare. */
  sealed interface Choice {}

  /** The products to compare, by id, in the order named (at least two, all different). */
  record Chosen(List<String> productIds) implements Choice {}

  /** A position that is not on the list. */
  record OutOfRange(int number, int count) implements Choice {}

  /** Fewer than two different products. */
  record TooFew() implements Choice {}

  /** A position or number said, and the product there if there is one. */
  private record Said(int number, Optional<String> id) {}

  static Choice of(Conversation conversation, Listing listing) {
    // "the second" counts within the page just heard; "number two" is the product read out as 2
    var said = new ArrayList<Said>();
    SLOTS.forEach(slot -> position(conversation, slot).ifPresent(p -> said.add(new Said(p, listing.at(p)))));
    NUMBER_SLOTS.forEach(slot -> conversation.numberSlot(slot).ifPresent(n -> said.add(new Said(n, listing.numbered(n)))));
    var ids = new LinkedHashSet<String>();
    for (Said one : said) {
      if (one.id().isEmpty()) {
        return new OutOfRange(one.number(), listing.size());
      }
      ids.add(one.id().get());
    }
    if (said.size() == 1 && listing.focusId() != null) {
      var withFocus = new LinkedHashSet<String>();
      withFocus.add(listing.focusId());
      withFocus.addAll(ids);
      ids = withFocus;
    } else if (ids.isEmpty()) {
      ids.addAll(unnamed(listing));
    }
    return ids.size() < 2 ? new TooFew() : new Chosen(new ArrayList<>(ids));
  }

  /** "Compare them": the last two products in focus, or the first two just heard. */
  private static List<String> unnamed(Listing listing) {
    String focus = listing.focusId();
    String previous = listing.previousFocusId();
    if (focus != null && previous != null && !focus.equals(previous)
        && listing.productIds().contains(focus) && listing.productIds().contains(previous)) {
      return List.of(previous, focus);
    }
    List<String> page = listing.page();
    return page.subList(0, Math.min(2, page.size()));
  }

  /** A spoken ordinal: "second" is 2, "last" is -1. */
  private static Optional<Integer> position(Conversation conversation, String slot) {
    Optional<String> value = conversation.slot(slot);
    if (value.isPresent() && value.get().equalsIgnoreCase("last")) {
      return Optional.of(-1);
    }
    return conversation.numberSlot(slot);
  }
}
