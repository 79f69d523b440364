package com.shoptalk.sharing;

import com.shoptalk.wishlist.ListName;
import com.shoptalk.wishlist.WishListItem;
import com.shoptalk.wishlist.WishListOwner;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shared wish lists: the owner shares a list and stops sharing it by voice; friends open it by its
 * link, reserve a wish, undo it or mark it bought. The owner hears how many wishes are taken, never
 * by whom, and which ones only when they insist.
 *
 * <p>Safe to share between threads and requests.
 */
public final class SharingService {
  private static final Logger LOG = LoggerFactory.getLogger(SharingService.class);
  private static final SecureRandom RANDOM = new SecureRandom();
  /** 144 random bits as URL-safe base64: 24 characters. */
  private static final int TOKEN_BYTES = 18;

  private final SharingRepository repository;
  private final Clock clock;
  private final GiftEvents events;

  public SharingService(SharingRepository repository, Clock clock) {
    this(repository, clock, GiftEvents.NONE);
  }

  /** @param events hears of gifts reserved and given back (the merchant's counts) */
  public SharingService(SharingRepository repository, Clock clock, GiftEvents events) {
    this.repository = Objects.requireNonNull(repository, "repository");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.events = Objects.requireNonNull(events, "events");
  }

  /**
   * Shares a list: the link it has while it is shared, or a new link when it is not (never was, or
   * its owner stopped sharing it).
   *
   * @param list the list with the display name it is stored with
   * @param ownerName the owner's given name when they allowed ShopTalk to use it, else {@code null}
   * @param locale the owner's language, for the page's fallback texts
   */
  public ListShare share(WishListOwner owner, ListName list, String ownerName, Locale locale) {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(list, "list");
    Objects.requireNonNull(locale, "locale");
    Optional<ListShare> current = shareOf(owner, list);
    if (current.isPresent()) {
      return current.get();
    }
    var share = new ListShare(newToken(), owner, list, ownerName, locale.toLanguageTag(), now(), null);
    repository.create(share);
    return share;
  }

  /** The link a list is shared by, if it is shared. */
  public Optional<ListShare> shareOf(WishListOwner owner, ListName list) {
    return repository.sharesOf(owner, list).stream().filter(ListShare::isShared).findFirst();
  }

  /**
   * The one list the owner shares now, for a request that names no list ("stop sharing", "what's
   * been reserved"); empty when they share none or several.
   */
  public Optional<ListName> onlySharedList(WishListOwner owner) {
    Objects.requireNonNull(owner, "owner");
    List<ListName> shared = repository.sharesOf(owner).stream().filter(ListShare::isShared)
        .map(ListShare::list).distinct().toList();
    return shared.size() == 1 ? Optional.of(shared.get(0)) : Optional.empty();
  }

  /**
   * Stops sharing a list: its link then says the list is no longer shared. Reservations stay with
   * their wishes (friends may have bought them already), so sharing again shows them taken.
   *
   * @return whether the list was shared
   */
  public boolean stopSharing(WishListOwner owner, ListName list) {
    Instant now = now();
    boolean stopped = false;
    for (ListShare share : repository.sharesOf(owner, list)) {
      if (share.isShared()) {
        repository.revoke(share.revoked(now));
        stopped = true;
      }
    }
    return stopped;
  }

  /**
   * The list a friend opened by its link.
   *
   * @throws ShareNotFound for an unknown or malformed token
   * @throws ShareRevoked when its owner stopped sharing it
   */
  public SharedList open(String token) {
    ListShare share = shared(token);
    return new SharedList(share, repository.items(share.owner(), share.list()));
  }

  /**
   * Reserves a wish for a friend; tapping again on one's own reservation changes nothing.
   *
   * @param friendId the random id of the friend's browser
   * @param friendName an optional name for the other friends
   * @param note an optional note for the other friends
   * @return the wish, now reserved by this friend
   * @throws WishTaken when another friend was quicker
   * @throws WishGone when the wish left the list
   * @throws InvalidReservation for a name or note too long
   */
  public SharedItem reserve(String token, long itemId, String friendId, String friendName, String note) {
    ListShare share = shared(token);
    var reservation = new Reservation(itemId, friendId, friendName, note, false, now());
    ReservationOutcome outcome = repository.reserve(share.owner(), share.list(), reservation);
    SharedList list = new SharedList(share, repository.items(share.owner(), share.list()));
    return switch (outcome) {
      case RESERVED -> {
        SharedItem reserved = list.item(itemId).orElseThrow(WishGone::new);
        tell(() -> events.reserved(share, reserved.item()));
        yield reserved;
      }
      case ALREADY_YOURS -> list.item(itemId).orElseThrow(WishGone::new);
      case TAKEN -> throw new WishTaken(list.item(itemId).orElseThrow(WishGone::new));
      case GONE -> throw new WishGone();
    };
  }

  /**
   * Gives a friend's reserved wish free again.
   *
   * @throws NotYourReservation when this friend has not reserved it
   */
  public void undo(String token, long itemId, String friendId) {
    ListShare share = shared(token);
    SharedItem item = new SharedList(share, repository.items(share.owner(), share.list())).item(itemId)
        .filter(wish -> wish.taken().filter(r -> r.isBy(friendId)).isPresent())
        .orElseThrow(NotYourReservation::new);
    if (!repository.release(share.owner(), share.list(), itemId, friendId)) {
      throw new NotYourReservation();
    }
    tell(() -> events.released(share, item.item(), item.reservation().at()));
  }

  /**
   * Marks a friend's reserved wish bought.
   *
   * @throws NotYourReservation when this friend has not reserved it
   */
  public void markBought(String token, long itemId, String friendId) {
    ListShare share = shared(token);
    if (!repository.markBought(share.owner(), share.list(), itemId, friendId)) {
      throw new NotYourReservation();
    }
  }

  /** How many of a list's wishes friends took, and how many there are: what the owner may hear. */
  public GiftCount count(WishListOwner owner, ListName list) {
    return GiftCount.of(wishes(owner, list));
  }

  /**
   * A list's wishes in list order, each with whether a friend took it, in one read: for reading a list
   * to its owner with its {@link GiftCount} (never show the owner who took what).
   */
  public List<SharedItem> wishes(WishListOwner owner, ListName list) {
    return repository.items(owner, list);
  }

  /**
   * The wishes friends took, in list order, without who took them: for an owner who insisted on
   * spoiling the surprise.
   */
  public List<WishListItem> takenWishes(WishListOwner owner, ListName list) {
    return repository.items(owner, list).stream().filter(SharedItem::isTaken).map(SharedItem::item).toList();
  }

  /** Tells the events what happened; a failure there is logged, the friend's tap stands as done. */
  private static void tell(Runnable event) {
    try {
      event.run();
    } catch (RuntimeException e) {
      LOG.warn("gift event not told: {}", e.toString());
    }
  }

  private ListShare shared(String token) {
    if (!ListShare.wellFormed(token)) {
      throw new ShareNotFound();
    }
    ListShare share = repository.find(token).orElseThrow(ShareNotFound::new);
    if (!share.isShared()) {
      throw new ShareRevoked();
    }
    return share;
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  private static String newToken() {
    byte[] bytes = new byte[TOKEN_BYTES];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
