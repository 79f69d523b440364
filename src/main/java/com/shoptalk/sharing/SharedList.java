package com.shoptalk.sharing;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A shared list as friends see it: the share and the wishes in the order the owner saved them.
 *
 * @param share the link it was opened by
 * @param items the wishes, each with its reservation if taken
 */
public record SharedList(ListShare share, List<SharedItem> items) {
  public SharedList {
    Objects.requireNonNull(share, "share");
    items = List.copyOf(items);
  }

  /** The wish with this id, if it is still on the list. */
  public Optional<SharedItem> item(long id) {
    return items.stream().filter(i -> i.id() == id).findFirst();
  }

  /** How many wishes friends took. */
  public int taken() {
    return (int) items.stream().filter(SharedItem::isTaken).count();
  }
}
