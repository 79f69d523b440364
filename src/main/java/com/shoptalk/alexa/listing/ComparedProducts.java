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

  static Choice of(Conversation conversation, Listing listing) {
    var ids = new LinkedHashSet<String>();
    int named = 0;
    for (String slot : SLOTS) {
      Optional<Integer> position = position(conversation, slot);
      if (position.isPresent()) {
        named++;
        Optional<String> id = listing.at(position.get());
        if (id.isEmpty()) {
          return new OutOfRange(position.get(), listing.size());
        }
        ids.add(id.get());
      }
    }
    for (String slot : NUMBER_SLOTS) {
      Optional<Integer> number = conversation.numberSlot(slot);
      if (number.isPresent()) {
        named++;
        Optional<String> id = listing.numbered(number.get());
        if (id.isEmpty()) {
          return new OutOfRange(number.get(), listing.size());
        }
        ids.add(id.get());
      }
    }
    if (named == 1 && listing.focusId() != null) {
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
