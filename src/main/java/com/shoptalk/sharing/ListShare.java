package com.shoptalk.sharing;

import com.shoptalk.wishlist.ListName;
import com.shoptalk.wishlist.WishListOwner;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A wish list shared with friends: the random token in the link, whose list it is, and whether its
 * owner stopped sharing it.
 *
 * @param token the random, unguessable id in the link ({@code /l/<token>})
 * @param owner whose list it is (the account, or a recognized person in it)
 * @param list which of the owner's lists, with the display name it had when shared
 * @param ownerName the owner's given name, only when they allowed ShopTalk to use it; else {@code null}
 * @param locale the owner's locale tag, {@code en-US} or {@code de-DE}
 * @param createdAt when it was shared
 * @param revokedAt when the owner stopped sharing it, or {@code null} while it is shared
 */
public record ListShare(
    String token,
    WishListOwner owner,
    ListName list,
    String ownerName,
    String locale,
    Instant createdAt,
    Instant revokedAt) {

  /** Longest given name shown on the page. */
  public static final int MAX_NAME = 40;
  /** How long a link says "no longer shared" after its owner stopped sharing, before it is forgotten. */
  public static final Duration KEEP_AFTER_REVOKE = Duration.ofDays(30);

  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{22,64}");

  public ListShare {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(list, "list");
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(createdAt, "createdAt");
    if (!wellFormed(token)) {
      throw new IllegalArgumentException("not a share token");
    }
    ownerName = FriendText.cut(FriendText.clean(ownerName), MAX_NAME);
    locale = Locale.forLanguageTag(locale).toLanguageTag();
    if (revokedAt != null && revokedAt.isBefore(createdAt)) {
      throw new IllegalArgumentException("revokedAt must not be before createdAt");
    }
  }

  /** Whether friends can still open the list through this link. */
  public boolean isShared() {
    return revokedAt == null;
  }

  /** A copy whose owner stopped sharing it at {@code when}. */
  public ListShare revoked(Instant when) {
    return new ListShare(token, owner, list, ownerName, locale, createdAt, when);
  }

  /** When a revoked share may be forgotten; {@code null} while it is shared (it is kept until revoked). */
  public Instant expiresAt() {
    return revokedAt == null ? null : revokedAt.plus(KEEP_AFTER_REVOKE);
  }

  /** Whether a text has the shape of a token; anything else cannot name a share. */
  public static boolean wellFormed(String token) {
    return token != null && TOKEN.matcher(token).matches();
  }
}
