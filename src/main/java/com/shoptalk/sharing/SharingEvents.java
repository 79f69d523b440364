package com.shoptalk.sharing;

/**
 * What happens on shared lists, for whoever keeps count of it (the merchant's insights).
 * Implementations must return normally and quickly whatever happens on their side.
 */
public interface SharingEvents {
  /** Keeps no count. */
  SharingEvents NONE = new SharingEvents() {
    @Override
    public void reserved(ListShare share, SharedItem item) {}

    @Override
    public void released(ListShare share, SharedItem item) {}
  };

  /** A friend reserved a wish as a gift (a repeated tap on their own reservation is not one). */
  void reserved(ListShare share, SharedItem item);

  /** A friend gave a wish they had reserved free again; {@code item} still carries the reservation. */
  void released(ListShare share, SharedItem item);
}
