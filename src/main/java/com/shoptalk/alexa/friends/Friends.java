package com.shoptalk.alexa.friends;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.ProductSpeech;
import com.shoptalk.alexa.Selection;
import com.shoptalk.search.SearchService;
import com.shoptalk.user.VisitService;
import com.shoptalk.catalog.Product;
import com.shoptalk.mail.Mailer;
import com.shoptalk.question.Links;
import com.shoptalk.question.Question;
import com.shoptalk.question.QuestionKind;
import com.shoptalk.question.QuestionOption;
import com.shoptalk.question.QuestionService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The "ask my friends" conversation's shared parts: the question being drafted (kept in the session
 * until the shopper says yes), how questions are put into words, deadlines, and delivery.
 */
public final class Friends {
  private static final String DRAFT = "questionDraft";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, LocalTime> TIMES_OF_DAY = Map.of(
      "MO", LocalTime.of(9, 0), "AF", LocalTime.of(15, 0), "EV", LocalTime.of(19, 0), "NI", LocalTime.of(22, 0));

  /** A question waiting for the shopper's yes. */
  public record Draft(QuestionKind kind, List<String> productIds, String topic, Long closesAtEpochMillis) {
    public Draft {
      productIds = List.copyOf(productIds == null ? List.of() : productIds);
    }
  }

  private final QuestionService questions;
  private final SearchService searches;
  private final Selection selection;
  private final VisitService visits;
  private final Optional<Mailer> mailer;
  private final String publicBaseUrl;
  private final Clock clock;

  public Friends(QuestionService questions, SearchService searches, Selection selection, VisitService visits,
      Optional<Mailer> mailer, String publicBaseUrl, Clock clock) {
    this.questions = questions;
    this.searches = searches;
    this.selection = selection;
    this.visits = visits;
    this.mailer = mailer;
    this.publicBaseUrl = publicBaseUrl;
    this.clock = clock;
  }

  public QuestionService questions() {
    return questions;
  }

  public SearchService searches() {
    return searches;
  }

  public Selection selection() {
    return selection;
  }

  public VisitService visits() {
    return visits;
  }

  public Optional<Mailer> mailer() {
    return mailer;
  }

  public Clock clock() {
    return clock;
  }

  /** The link friends open. */
  public String link(Question question) {
    return publicBaseUrl + "/q/" + question.token();
  }

  void saveDraft(Conversation conversation, Draft draft) {
    conversation.session().put(DRAFT, JSON.convertValue(draft, Map.class));
  }

  Optional<Draft> takeDraft(Conversation conversation) {
    Object stored = conversation.session().remove(DRAFT);
    if (stored == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(JSON.convertValue(stored, Draft.class));
    } catch (IllegalArgumentException unreadable) {
      return Optional.empty();
    }
  }

  /** The snapshot of a product that a question shows friends. */
  static QuestionOption optionOf(Product product) {
    // A feed's link may be relative or malformed: friends then see the product without it.
    return new QuestionOption(product.id(), product.title(), product.spokenName(),
        product.effectivePrice().amount(), product.effectivePrice().currency().getCurrencyCode(),
        Links.parse(product.imageLink()).orElse(null), Links.parse(product.link()).orElse(null));
  }

  /** The question as friends read it, in the shopper's words ("Should I buy the Rattan Lounge Chair?"). */
  static String questionText(Conversation conversation, QuestionKind kind, List<String> names, String topic) {
    return switch (kind) {
      case ABOUT_ONE -> conversation.text("friends.question.aboutOne", "name", names.get(0));
      case WHICH_ONE -> conversation.text("friends.question.whichOne", "names", ProductSpeech.join(names, conversation, "friends.or"));
      case IDEAS -> conversation.text("friends.question.ideas", "topic", topic);
    };
  }

  /** What a question is about, for speech ("the Rattan Lounge Chair", "which one to buy"). */
  static String subject(Conversation conversation, Question question) {
    return switch (question.kind()) {
      case ABOUT_ONE -> conversation.text("friends.subject.aboutOne", "name", question.options().get(0).spokenName());
      case WHICH_ONE -> conversation.text("friends.subject.whichOne", "names", ProductSpeech.join(question.options().stream()
          .map(option -> conversation.text("friends.subject.option", "name", option.spokenName())).toList(), conversation,
          "friends.or"));
      case IDEAS -> conversation.text("friends.subject.ideas", "topic", question.topic());
    };
  }

  /** The time zone a deadline is meant in: the locale's main one (the device's zone needs another permission). */
  static ZoneId zone(Conversation conversation) {
    return conversation.messages().locale().getLanguage().equals("de")
        ? ZoneId.of("Europe/Berlin") : ZoneId.of("America/New_York");
  }

  /**
   * The deadline in the AMAZON.DATE / AMAZON.TIME slots ("until tomorrow evening"), if one was
   * said and understood; a date alone means that evening.
   */
  Optional<Instant> deadline(Conversation conversation) {
    Optional<String> date = conversation.slot("deadlineDate");
    Optional<String> time = conversation.slot("deadlineTime");
    if (date.isEmpty() && time.isEmpty()) {
      return Optional.empty();
    }
    ZoneId zone = zone(conversation);
    LocalDate day;
    try {
      day = date.map(LocalDate::parse).orElse(LocalDate.now(clock.withZone(zone)));
    } catch (java.time.format.DateTimeParseException notADay) {
      return Optional.empty();
    }
    LocalTime at = time.map(t -> TIMES_OF_DAY.getOrDefault(t, parseTime(t))).orElse(LocalTime.of(20, 0));
    if (at == null) {
      return Optional.empty();
    }
    return Optional.of(ZonedDateTime.of(day, at, zone).toInstant());
  }

  private static LocalTime parseTime(String value) {
    try {
      return LocalTime.parse(value);
    } catch (java.time.format.DateTimeParseException notATime) {
      return null;
    }
  }

  /** A deadline in words: "Thursday, November 26 at 7:00 PM". */
  static String when(Conversation conversation, Instant instant) {
    Locale locale = conversation.messages().locale();
    ZonedDateTime at = instant.atZone(zone(conversation));
    String day = at.format(DateTimeFormatter.ofPattern(locale.getLanguage().equals("de") ? "EEEE, d. MMMM" : "EEEE, MMMM d", locale));
    String time = at.format(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale));
    return conversation.text("friends.when", "day", day, "time", time);
  }
}
