package com.shoptalk.insights;

import com.shoptalk.question.Answer;
import com.shoptalk.question.Question;
import com.shoptalk.question.QuestionEvents;
import com.shoptalk.question.QuestionKind;
import com.shoptalk.question.QuestionOption;
import com.shoptalk.wishlist.WishListEvents;
import com.shoptalk.wishlist.WishListItem;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The domain's events as the merchant's insights count them: questions asked and friends' votes
 * ({@link com.shoptalk.question.QuestionService}) and wish-list saves
 * ({@link com.shoptalk.wishlist.WishListService}); gifts on shared lists come by {@link GiftInsights}.
 * Never throws: an event that cannot be counted is logged and skipped.
 */
public final class InsightEvents implements QuestionEvents, WishListEvents {
  private static final Logger LOG = LoggerFactory.getLogger(InsightEvents.class);

  private final InsightRecorder recorder;

  public InsightEvents(InsightRecorder recorder) {
    this.recorder = recorder;
  }

  @Override
  public void asked(Question question) {
    if (question.kind() != QuestionKind.IDEAS) {
      safely("question asked", () -> recorder.askedAbout(question.locale(), kind(question), products(question)));
    }
  }

  @Override
  public void voted(Question question, Answer previous, Answer answer, boolean commentShared) {
    if (question.kind() == QuestionKind.IDEAS || answer.optionIndex() == null) {
      return;
    }
    boolean first = previous == null || previous.optionIndex() == null;
    safely("vote", () -> recorder.friendVoted(new FriendVote(question.locale(), kind(question), products(question),
        question.token(), question.createdAt(), question.expiresAt(), answer.voterId(), answer.optionIndex(),
        first ? null : previous.optionIndex(), first ? null : previous.at(), answer.comment(), commentShared)));
  }

  @Override
  public void deleting(Question question, List<Answer> answers) {
    List<String> commented = answers.stream().filter(a -> a.comment() != null).map(Answer::voterId).toList();
    if (!commented.isEmpty()) {
      safely("question deleted", () -> recorder.questionDeleted(question.token(), question.createdAt(), commented));
    }
  }

  @Override
  public void saved(WishListItem item, Locale locale) {
    safely("wish-list save", () -> recorder.savedToWishList(locale.toLanguageTag(), product(item)));
  }

  private static AskKind kind(Question question) {
    return question.kind() == QuestionKind.ABOUT_ONE ? AskKind.BUY_OR_NOT : AskKind.WHICH_ONE;
  }

  private static List<ProductRef> products(Question question) {
    return question.options().stream().map(InsightEvents::product).toList();
  }

  private static ProductRef product(QuestionOption option) {
    return new ProductRef(option.productId(), option.title());
  }

  private static ProductRef product(WishListItem item) {
    return new ProductRef(item.productId(), item.title());
  }

  /** Runs a count; the event it counts has happened already, so a failure here must not reach its caller. */
  private static void safely(String what, Runnable count) {
    try {
      count.run();
    } catch (RuntimeException e) {
      LOG.warn("insight '{}' not recorded: {}", what, e.toString());
    }
  }
}
