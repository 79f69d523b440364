package com.shoptalk.alexa.friends;

import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.PendingAction;
import com.shoptalk.alexa.ShopperProfile;
import com.shoptalk.catalog.Product;
import com.shoptalk.mail.MailException;
import com.shoptalk.mail.QuestionEmail;
import com.shoptalk.question.NewQuestion;
import com.shoptalk.question.Question;
import com.shoptalk.question.QuestionKind;
import com.shoptalk.question.QuestionOption;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shopper's "yes" to a drafted question: creates it and delivers the link — always as a card in
 * the Alexa app, and by e-mail when the shopper allowed ShopTalk to read their address.
 */
public final class CreateQuestionAction implements PendingAction {
  static final String NAME = "createQuestion";
  private static final Logger LOG = LoggerFactory.getLogger(CreateQuestionAction.class);
  private final Friends friends;

  public CreateQuestionAction(Friends friends) {
    this.friends = friends;
  }

  /** Reads the drafted question back and asks for a yes. */
  static Optional<Response> confirm(Friends friends, Conversation conversation, QuestionKind kind,
      List<Product> products, String topic) {
    Optional<Instant> deadline = friends.deadline(conversation);
    String deadlineNote;
    if (deadline.isPresent() && deadline.get().isAfter(friends.clock().instant())) {
      deadlineNote = conversation.ssml("friends.confirm.until", "when", Friends.when(conversation, deadline.get()));
    } else {
      deadlineNote = conversation.ssml(deadline.isPresent() ? "friends.confirm.pastDeadline" : "friends.confirm.threeDays");
      deadline = Optional.empty();
    }
    friends.saveDraft(conversation, new Friends.Draft(kind, products.stream().map(Product::id).toList(), topic,
        deadline.map(Instant::toEpochMilli).orElse(null)));
    conversation.pending(NAME);
    String question = Friends.questionText(conversation, kind, products.stream().map(Product::spokenName).toList(), topic);
    String speech = conversation.ssml("friends.confirm", "question", question) + " " + deadlineNote + " "
        + conversation.ssml("friends.confirm.send");
    return conversation.ask(speech, conversation.ssml("friends.confirm.send")).build();
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Optional<Response> yes(Conversation conversation) {
    Optional<Friends.Draft> draft = friends.takeDraft(conversation);
    if (draft.isEmpty()) {
      return conversation.askWithDefaultReprompt(conversation.ssml("friends.draftLost"));
    }
    List<QuestionOption> options = friends.searches().products(conversation.locale(), draft.get().productIds()).stream()
        .map(Friends::optionOf).toList();
    Optional<String> givenName = ShopperProfile.givenName(conversation.input());
    Question question = friends.questions().create(new NewQuestion(
        conversation.userId(),
        conversation.personId().orElse(null),
        givenName.orElse(null),
        draft.get().kind(),
        draft.get().topic(),
        options,
        conversation.messages().locale().toLanguageTag(),
        draft.get().closesAtEpochMillis() == null ? null : Instant.ofEpochMilli(draft.get().closesAtEpochMillis())));

    String text = Friends.questionText(conversation, question.kind(),
        question.options().stream().map(QuestionOption::spokenName).toList(), question.topic());
    String link = friends.link(question);
    String card = text + "\n\n" + conversation.text("friends.card.share") + "\n" + link;

    Optional<String> email = ShopperProfile.email(conversation.input());
    boolean mailing = email.isPresent() && friends.mailer().isPresent();
    boolean mailed = mailing && send(email.get(), givenName, text, link, conversation);
    String speech;
    if (mailed) {
      speech = conversation.ssml("friends.created.email");
    } else if (mailing) {
      speech = conversation.ssml("friends.created.emailFailed");
    } else if (email.isEmpty() && friends.questions().questions(conversation.userId()).size() == 1) {
      // The very first question without e-mail: offer it once; the consent card comes with a yes.
      conversation.pending(EmailPermissionAction.NAME);
      speech = conversation.ssml("friends.created.card") + " " + conversation.ssml("friends.offerEmail");
      return conversation.ask(speech, conversation.ssml("friends.offerEmail"))
          .withSimpleCard(conversation.text("friends.card.title"), card).build();
    } else {
      speech = conversation.ssml("friends.created.card");
    }
    return conversation.ask(speech + " " + conversation.ssml("friends.created.next"), conversation.ssml("reprompt.default"))
        .withSimpleCard(conversation.text("friends.card.title"), card)
        .build();
  }

  private boolean send(String to, Optional<String> givenName, String text, String link, Conversation conversation) {
    try {
      friends.mailer().orElseThrow().send(QuestionEmail.compose(to, givenName.orElse(null), text, link, conversation.messages().locale()));
      return true;
    } catch (MailException | IllegalArgumentException failed) {
      LOG.warn("question e-mail not sent", failed);
      return false;
    }
  }

  @Override
  public Optional<Response> no(Conversation conversation) {
    friends.takeDraft(conversation);
    return conversation.askWithDefaultReprompt(conversation.ssml("friends.notSent"));
  }
}
