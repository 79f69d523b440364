package com.shoptalk.wishlist;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Wish lists as a shopper uses them by voice: add, read, find by name, remove, clear, and several
 * named lists per owner.
 *
 * <p>Every method takes the {@link WishListOwner} (account or recognized person) and the
 * {@link ListName} (see {@link #listName(String, Locale)}); lists come into being on first use.
 * Safe to share between threads and requests.
 */
public final class WishListService {
  /** The most items one list holds. */
  public static final int MAX_ITEMS = 100;

  private final WishListRepository repository;
  private final Clock clock;

  public WishListService(WishListRepository repository) {
    this(repository, Clock.systemUTC());
  }

  public WishListService(WishListRepository repository, Clock clock) {
    this.repository = Objects.requireNonNull(repository, "repository");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The list a shopper means by a spoken name (a slot value, possibly empty) in their locale. */
  public ListName listName(String spoken, Locale locale) {
    return ListName.of(spoken, locale);
  }

  /**
   * Puts a product at the end of a list, stamped with the current time, unless it is on the list
   * already or the list is full.
   */
  public AddOutcome add(WishListOwner owner, ListName list, WishListItem item) {
    check(owner, list);
    Objects.requireNonNull(item, "item");
    return repository.add(owner, list, item.withAddedAt(clock.instant()), MAX_ITEMS);
  }

  /** The items of a list in the order they were added; empty when the list is empty or unknown. */
  public List<WishListItem> items(WishListOwner owner, ListName list) {
    check(owner, list);
    return repository.items(owner, list);
  }

  /** The item at a 1-based position ("the second one"), if the list is that long. */
  public Optional<WishListItem> itemAt(WishListOwner owner, ListName list, int position) {
    List<WishListItem> items = items(owner, list);
    return position >= 1 && position <= items.size() ? Optional.of(items.get(position - 1)) : Optional.empty();
  }

  /** Removes a product from a list; {@code false} when it was not on it. */
  public boolean remove(WishListOwner owner, ListName list, String productId) {
    check(owner, list);
    Objects.requireNonNull(productId, "productId");
    return repository.remove(owner, list, productId);
  }

  /**
   * The item a shopper most likely means by a spoken name ("the rug"), matched forgivingly against
   * spoken names and titles; empty when nothing on the list fits well enough.
   */
  public Optional<WishListItem> findByName(WishListOwner owner, ListName list, String spokenText) {
    return matchesByName(owner, list, spokenText).stream().findFirst();
  }

  /**
   * All items that fit a spoken name, best first, so that a caller can ask "which one?" when
   * several fit equally well.
   */
  public List<WishListItem> matchesByName(WishListOwner owner, ListName list, String spokenText) {
    if (spokenText == null || spokenText.isBlank()) {
      return List.of();
    }
    return ItemNameMatcher.rank(items(owner, list), spokenText);
  }

  /**
   * The items that fit a spoken name best and equally well: one item when the name is clear, several
   * when the shopper should be asked which one ("the rug" with two rugs on the list).
   */
  public List<WishListItem> bestMatchesByName(WishListOwner owner, ListName list, String spokenText) {
    if (spokenText == null || spokenText.isBlank()) {
      return List.of();
    }
    return ItemNameMatcher.bestTied(items(owner, list), spokenText);
  }

  /** Empties a list (the list itself stays) and returns how many items were on it. */
  public int clear(WishListOwner owner, ListName list) {
    check(owner, list);
    return repository.clear(owner, list);
  }

  /**
   * Creates a list unless it exists ("create a birthday list") and returns its name as stored,
   * with the display name it was first given.
   */
  public ListName create(WishListOwner owner, ListName list) {
    check(owner, list);
    return repository.create(owner, list, clock.instant());
  }

  /** The owner's lists (each used or created at some point), the default list first. */
  public List<ListName> lists(WishListOwner owner) {
    return summaries(owner).stream().map(WishListSummary::name).toList();
  }

  /** The owner's lists with their sizes, the default list first, then the oldest first. */
  public List<WishListSummary> summaries(WishListOwner owner) {
    Objects.requireNonNull(owner, "owner");
    return repository.lists(owner).stream()
        .sorted(Comparator.comparing((WishListSummary s) -> !s.name().isDefault())
            .thenComparing(WishListSummary::createdAt)
            .thenComparing(s -> s.name().key()))
        .toList();
  }

  private static void check(WishListOwner owner, ListName list) {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(list, "list");
  }
}
