package com.shoptalk.insights;

import com.shoptalk.storage.TurnBudget;
import com.shoptalk.text.Messages;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The events the merchant's report counts, recorded as they happen: questions asked, friends'
 * votes and shared comments, wish-list saves, gifts reserved, clicks through to the shop.
 *
 * <p>Recording must never break or slow down what the shopper or friend is doing: every method
 * returns normally, whatever the store does, and waits for the store at most {@link #BUDGET} per
 * event (within what the turn has left), so a slow store leaves the turn's time to the action
 * itself. A failed write is logged and skipped (the count is then one short); nothing is retried
 * here beyond the store's own policy.
 */
public final class InsightRecorder {
  /** The longest one event may wait for the store, all its writes together. */
  public static final Duration BUDGET = Duration.ofMillis(500);
  private static final Logger LOG = LoggerFactory.getLogger(InsightRecorder.class);

  private final InsightRepository repo;
  private final Clock clock;

  public InsightRecorder(InsightRepository repo, Clock clock) {
    this.repo = Objects.requireNonNull(repo, "repo");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** A shopper asked their friends about products (each product's "asked" counter of its kind). */
  public void askedAbout(String locale, AskKind kind, List<ProductRef> products) {
    event(() -> {
      Counter counter = kind == AskKind.BUY_OR_NOT ? Counter.ASKED_BUY_OR_NOT : Counter.ASKED_WHICH_ONE;
      for (ProductRef product : products) {
        add("asked about", key(today(), locale, product), product, Map.of(counter, 1L));
      }
    });
  }

  /**
   * A friend voted: a first vote counts once; a moved vote is taken back on the day it was counted
   * and counted for the new choice; the same vote again changes no counter. The comment is kept
   * for the shop only when the friend allowed it, and an earlier shared comment is removed when
   * they no longer do.
   */
  public void friendVoted(FriendVote vote) {
    event(() -> {
      String locale = supported(vote.locale());
      var changes = new LinkedHashMap<ProductDay, Map<Counter, Long>>();
      if (vote.previousChoice() == null) {
        count(changes, vote, today(), locale, vote.choice(), 1);
      } else if (vote.moved()) {
        LocalDate counted = vote.previousAt() == null ? today() : day(vote.previousAt());
        count(changes, vote, counted, locale, vote.previousChoice(), -1);
        count(changes, vote, today(), locale, vote.choice(), 1);
      }
      for (var change : changes.entrySet()) {
        ProductRef product = vote.products().stream()
            .filter(p -> p.productId().equals(change.getKey().productId())).findFirst().orElseThrow();
        add("vote", change.getKey(), product, change.getValue());
      }
      shareComment(vote, locale);
    });
  }

  /**
   * A shopper deleted a question: the comments its friends shared with the shop go with it. Should
   * the store fail, they still go when the question would have expired ({@link FriendComment#keptUntil()}).
   *
   * @param voterIds the friends who commented
   */
  public void questionDeleted(String questionId, Instant askedAt, List<String> voterIds) {
    event(() -> {
      for (String voterId : voterIds) {
        repo.deleteComment(day(askedAt), commentId(questionId, voterId));
      }
    });
  }

  /** A shopper saved a product to a wish list (not counted again when it was already on it). */
  public void savedToWishList(String locale, ProductRef product) {
    event(() -> {
      add("wish-list save", key(today(), locale, product), product, Map.of(Counter.WISH_LIST_SAVES, 1L));
    });
  }

  /** A friend reserved a product as a gift on a shared list. */
  public void giftReserved(String locale, ProductRef product) {
    event(() -> {
      add("gift reserved", key(today(), locale, product), product, Map.of(Counter.GIFTS_RESERVED, 1L));
    });
  }

  /** A friend gave back a gift they had reserved on {@code reservedAt}. */
  public void giftReleased(String locale, ProductRef product, Instant reservedAt) {
    event(() -> {
      LocalDate day = reservedAt == null ? today() : day(reservedAt);
      add("gift released", key(day, locale, product), product, Map.of(Counter.GIFTS_RESERVED, -1L));
    });
  }

  /** Someone followed a shop link ShopTalk handed out. */
  public void clicked(LinkSource source, String locale, ProductRef product) {
    event(() -> {
      add("click", key(today(), locale, product), product, Map.of(source.clicks(), 1L));
    });
  }

  /** Adds what one choice counts on {@code day} to {@code changes}. */
  private static void count(
      Map<ProductDay, Map<Counter, Long>> changes, FriendVote vote, LocalDate day, String locale, int choice, long delta) {
    if (vote.kind() == AskKind.BUY_OR_NOT) {
      Counter counter = choice == 0 ? Counter.VOTES_BUY : Counter.VOTES_DONT_BUY;
      merge(changes, new ProductDay(day, locale, vote.products().get(0).productId()), counter, delta);
      return;
    }
    for (int i = 0; i < vote.products().size(); i++) {
      Counter counter = i == choice ? Counter.WHICH_ONE_WINS : Counter.WHICH_ONE_LOSSES;
      merge(changes, new ProductDay(day, locale, vote.products().get(i).productId()), counter, delta);
    }
  }

  private static void merge(Map<ProductDay, Map<Counter, Long>> changes, ProductDay key, Counter counter, long delta) {
    Map<Counter, Long> deltas = changes.computeIfAbsent(key, k -> new EnumMap<>(Counter.class));
    deltas.merge(counter, delta, Long::sum);
    if (deltas.get(counter) == 0) {
      deltas.remove(counter);
    }
    if (deltas.isEmpty()) {
      changes.remove(key);
    }
  }

  private void shareComment(FriendVote vote, String locale) {
    String id = commentId(vote.questionId(), vote.voterId());
    LocalDate day = day(vote.askedAt());
    try {
      if (vote.commentShared() && vote.comment() != null) {
        String text = vote.comment().length() > FriendComment.MAX_TEXT ? vote.comment().substring(0, FriendComment.MAX_TEXT) : vote.comment();
        repo.saveComment(new FriendComment(id, day, locale, vote.kind(), vote.products(), vote.choice(), text,
            vote.questionExpiresAt()));
      } else if (vote.previousChoice() != null) {
        repo.deleteComment(day, id); // the friend answered again without the permission: it no longer holds
      }
    } catch (RuntimeException e) {
      LOG.warn("insight comment not recorded: {}", e.toString());
    }
  }

  /**
   * Runs one event's writes, waiting for the store at most {@link #BUDGET} in all. An event the
   * counters cannot hold (a product id no link code can carry, a missing value) is logged and
   * skipped: counting is bookkeeping and never fails what the shopper or friend did.
   */
  private static void event(Runnable writes) {
    TurnBudget.Scope turn = TurnBudget.start(BUDGET);
    try {
      writes.run();
    } catch (RuntimeException e) {
      LOG.warn("insight event not recorded: {}", e.toString());
    } finally {
      turn.close();
    }
  }

  private void add(String what, ProductDay key, ProductRef product, Map<Counter, Long> deltas) {
    try {
      repo.add(key, product.title(), deltas);
    } catch (RuntimeException e) {
      LOG.warn("insight '{}' for {} not recorded: {}", what, key, e.toString());
    }
  }

  private ProductDay key(LocalDate day, String locale, ProductRef product) {
    return new ProductDay(day, supported(locale), product.productId());
  }

  private LocalDate today() {
    return day(clock.instant());
  }

  private static LocalDate day(Instant instant) {
    return LocalDate.ofInstant(instant, ZoneOffset.UTC);
  }

  private static String supported(String locale) {
    return Messages.supported(locale).toLanguageTag();
  }

  /** A one-way, pseudonymous id for a friend's answer to a question. */
  static String commentId(String questionId, String voterId) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest((questionId + "\n" + voterId).getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, 16));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing", e);
    }
  }
}
