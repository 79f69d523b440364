package com.shoptalk.wishlist;

import com.shoptalk.catalog.Product;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

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
  private final CurrentProducts catalog;
  private final Clock clock;
  private final WishListEvents events;

  public WishListService(WishListRepository repository) {
    this(repository, Clock.systemUTC());
  }

  /** Wish lists whose items read as they were saved (no catalog at hand). */
  public WishListService(WishListRepository repository, Clock clock) {
    this(repository, CurrentProducts.NONE, clock);
  }

  /** Wish lists whose items read with the catalog's current names and prices. */
  public WishListService(WishListRepository repository, CurrentProducts catalog, Clock clock) {
    this(repository, catalog, clock, WishListEvents.NONE);
  }

  /** Wish lists whose saves of catalog products are told to {@code events} (the merchant's insights). */
  public WishListService(WishListRepository repository, CurrentProducts catalog, Clock clock, WishListEvents events) {
    this.repository = Objects.requireNonNull(repository, "repository");
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.events = Objects.requireNonNull(events, "events");
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

  /** Saves a product of the catalog on a list: a snapshot of it as it is now (see {@link #add(WishListOwner, ListName, WishListItem)}). */
  public AddOutcome add(WishListOwner owner, ListName list, Product product) {
    return add(owner, list, WishListItem.of(product));
  }

  /**
   * Saves a product of the catalog of {@code locale} on a list (see {@link #add(WishListOwner, ListName, Product)}),
   * and tells the events when it was not on the list yet: what the skill does.
   */
  public AddOutcome add(WishListOwner owner, ListName list, Product product, Locale locale) {
    WishListItem item = WishListItem.of(product);
    AddOutcome outcome = add(owner, list, item);
    if (outcome == AddOutcome.ADDED) {
      events.saved(item, locale);
    }
    return outcome;
  }

  /**
   * A list as the shopper hears it read: each item with the product as today's catalog of their
   * language has it.
   */
  public List<SavedProduct> read(WishListOwner owner, ListName list, Locale locale) {
    return read(items(owner, list), locale);
  }

  /** Items of a list read already (with friends' reservations, say), as the shopper hears them read. */
  public List<SavedProduct> read(List<WishListItem> items, Locale locale) {
    return items.stream()
        .map(item -> new SavedProduct(item, catalog.find(locale, item.productId())))
        .toList();
  }

  /**
   * Removes the item the shopper means, reading the list once; removes nothing when the choice is
   * unclear (several items fit a name) or fits nothing.
   */
  public Removal remove(WishListOwner owner, ListName list, ItemChoice choice) {
    List<WishListItem> items = items(owner, list);
    Optional<WishListItem> item;
    if (choice instanceof ItemChoice.ByPosition byPosition) {
      int position = byPosition.position();
      item = byPosition.asRead().isPresent() ? withProduct(items, byPosition.asRead().get())
          : position == -1 ? items.stream().reduce((first, second) -> second)
          : at(items, position);
      if (item.isEmpty()) {
        return items.isEmpty() ? new Removal.EmptyList() : new Removal.OutOfRange(position, items.size());
      }
    } else if (choice instanceof ItemChoice.ByName byName) {
      List<WishListItem> best = ItemNameMatcher.bestTied(items, byName.spoken());
      if (best.isEmpty()) {
        // "the picture" for "Abstract Pink Painting": what the catalog finds for the words
        Set<String> described = byName.described().get();
        best = items.stream().filter(i -> described.contains(i.productId())).toList();
      }
      if (best.size() > 1) {
        return new Removal.Ambiguous(best);
      }
      item = best.stream().findFirst();
      if (item.isEmpty()) {
        return new Removal.NotFound(byName.spoken());
      }
    } else {
      item = ((ItemChoice.ByProduct) choice).productId().flatMap(id -> withProduct(items, id));
      if (item.isEmpty()) {
        return new Removal.NoneChosen();
      }
    }
    repository.remove(owner, list, item.get().productId());
    return new Removal.Removed(item.get());
  }

  private static Optional<WishListItem> withProduct(List<WishListItem> items, String productId) {
    return items.stream().filter(item -> item.productId().equals(productId)).findFirst();
  }

  /** The items of a list in the order they were added; empty when the list is empty or unknown. */
  public List<WishListItem> items(WishListOwner owner, ListName list) {
    check(owner, list);
    return repository.items(owner, list);
  }

  /** The item at a 1-based position ("the second one"), if the list is that long. */
  public Optional<WishListItem> itemAt(WishListOwner owner, ListName list, int position) {
    return at(items(owner, list), position);
  }

  private static Optional<WishListItem> at(List<WishListItem> items, int position) {
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

  /** One of the owner's lists by its key, with the display name it was first given. */
  public Optional<ListName> list(WishListOwner owner, String key) {
    return lists(owner).stream().filter(name -> name.key().equals(key)).findFirst();
  }

  /** The lists worth naming aloud ("which lists do I have"): every named list, and the wish list unless it is empty. */
  public List<WishListSummary> listsInUse(WishListOwner owner) {
    return summaries(owner).stream().filter(summary -> summary.size() > 0 || !summary.name().isDefault()).toList();
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
