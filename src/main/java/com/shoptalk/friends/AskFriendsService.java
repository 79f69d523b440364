package com.shoptalk.friends;

import com.shoptalk.catalog.Product;
import com.shoptalk.mail.MailException;
import com.shoptalk.mail.Mailer;
import com.shoptalk.mail.QuestionEmail;
import com.shoptalk.question.Links;
import com.shoptalk.question.NewQuestion;
import com.shoptalk.question.Question;
import com.shoptalk.question.QuestionKind;
import com.shoptalk.question.QuestionOption;
import com.shoptalk.question.QuestionService;
import com.shoptalk.search.SearchService;
import com.shoptalk.storage.StorageUnavailableException;
import com.shoptalk.text.GermanNouns;
import com.shoptalk.text.Messages;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asking friends: drafting a question about products of the catalog (or for ideas), then creating
 * it and delivering its link — always as a card (the skill shows it), and by e-mail when the shopper
 * allowed ShopTalk to read their address.
 */
public final class AskFriendsService {
  /** The longest topic of an ideas question, as spoken. */
  public static final int MAX_TOPIC = 150;
  /** The most products friends choose from. */
  public static final int MAX_OPTIONS = 4;
  private static final Logger LOG = LoggerFactory.getLogger(AskFriendsService.class);

  private final QuestionService questions;
  private final SearchService searches;
  private final Optional<Mailer> mailer;
  private final String publicBaseUrl;
  private final Clock clock;

  public AskFriendsService(QuestionService questions, SearchService searches, Optional<Mailer> mailer,
      String publicBaseUrl, Clock clock) {
    this.questions = Objects.requireNonNull(questions, "questions");
    this.searches = Objects.requireNonNull(searches, "searches");
    this.mailer = Objects.requireNonNull(mailer, "mailer");
    this.publicBaseUrl = Objects.requireNonNull(publicBaseUrl, "publicBaseUrl");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * A question to read back for a yes; empty when it cannot be asked: a product the catalog does
   * not have, fewer than two different products for "which one", no topic for ideas.
   *
   * @param productIds the products in the shopper's order; for "which one" the first four different ones count
   * @param saidDeadline the deadline the shopper said, if any; one that has passed gives three days
   */
  public Optional<Draft> draft(QuestionKind kind, Locale locale, List<String> productIds, String topic,
      Optional<Instant> saidDeadline) {
    List<Product> products = switch (kind) {
      case ABOUT_ONE -> searches.products(locale, productIds.stream().limit(1).toList());
      case WHICH_ONE -> searches.products(locale, productIds.stream().distinct().limit(MAX_OPTIONS).toList());
      case IDEAS -> List.of();
    };
    String cleanTopic = kind != QuestionKind.IDEAS || topic == null || topic.isBlank() ? null
        : topic.strip().substring(0, Math.min(MAX_TOPIC, topic.strip().length()));
    if (cleanTopic != null && locale.getLanguage().equals("de")) {
      cleanTopic = GermanNouns.capitalize(cleanTopic); // friends read it: Alexa hears German in lower case
    }
    boolean askable = switch (kind) {
      case ABOUT_ONE -> products.size() == 1;
      case WHICH_ONE -> products.size() >= 2;
      case IDEAS -> cleanTopic != null;
    };
    if (!askable) {
      return Optional.empty();
    }
    Optional<Instant> closesAt = saidDeadline.filter(deadline -> deadline.isAfter(clock.instant()));
    return Optional.of(new Draft(kind, products, cleanTopic, closesAt, saidDeadline.isPresent() && closesAt.isEmpty()));
  }

  /** Creates the question the shopper agreed to and delivers its link. */
  public Asked ask(Asking asking) {
    return ask(asking, QuestionService.newCreationKey());
  }

  /**
   * Creates the question the shopper agreed to, once per {@code creationKey} (drafted with
   * {@link QuestionService#newCreationKey()}: a repeated yes after an answer that never came finds
   * the question stored the first time), and delivers its link.
   */
  public Asked ask(Asking asking, String creationKey) {
    List<QuestionOption> options = searches.products(asking.locale(), asking.productIds()).stream()
        .map(AskFriendsService::optionOf).toList();
    Question question = questions.create(new NewQuestion(asking.userId(), asking.personId(), asking.givenName().orElse(null),
        asking.kind(), asking.topic(), options, asking.locale().toLanguageTag(), asking.closesAt()), creationKey);
    String text = QuestionWording.of(Messages.of(asking.locale()), question.kind(),
        question.options().stream().map(QuestionOption::spokenName).toList(), question.topic());
    String link = publicBaseUrl + "/q/" + question.token();
    Asked.Delivery delivery;
    if (asking.email().isPresent() && mailer.isPresent()) {
      delivery = send(asking, text, link) ? Asked.Delivery.EMAILED : Asked.Delivery.EMAIL_FAILED;
    } else if (asking.email().isEmpty() && isFirstQuestion(asking.userId())) {
      delivery = Asked.Delivery.CARD_OFFER_EMAIL;
    } else {
      delivery = Asked.Delivery.CARD;
    }
    return new Asked(question, text, link, delivery);
  }

  /**
   * Whether this is the shopper's first question (then the e-mail is offered); the question is
   * stored already, so a store that cannot say now only means no offer, never a failed answer.
   */
  private boolean isFirstQuestion(String userId) {
    try {
      return questions.questions(userId).size() == 1;
    } catch (StorageUnavailableException unknown) {
      LOG.info("first question or not unknown ({}); no e-mail offer this time", unknown.getMessage());
      return false;
    }
  }

  private boolean send(Asking asking, String text, String link) {
    try {
      mailer.orElseThrow().send(QuestionEmail.compose(asking.email().orElseThrow(), asking.givenName().orElse(null),
          text, link, asking.locale()));
      return true;
    } catch (MailException | IllegalArgumentException failed) {
      LOG.warn("question e-mail not sent", failed);
      return false;
    }
  }

  /** The snapshot of a product that a question shows friends. */
  private static QuestionOption optionOf(Product product) {
    // A feed's link may be relative or malformed: friends then see the product without it.
    return new QuestionOption(product.id(), product.title(), product.spokenName(),
        product.effectivePrice().amount(), product.effectivePrice().currency().getCurrencyCode(),
        Links.parse(product.imageLink()).orElse(null), Links.parse(product.link()).orElse(null));
  }
}
