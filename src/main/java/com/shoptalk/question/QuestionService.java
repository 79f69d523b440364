package com.shoptalk.question;

import com.shoptalk.storage.StorageUnavailableException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Asking friends: creating questions, taking votes and ideas, and reporting what friends said.
 * Used by the voice handlers (the shopper) and the web pages (the friends).
 */
public final class QuestionService {
  /** How long a question takes answers unless the shopper gave a deadline. */
  public static final Duration DEFAULT_OPEN = Duration.ofDays(3);
  /** The longest deadline a shopper can give. */
  public static final Duration MAX_OPEN = Duration.ofDays(30);
  /** Questions closed longer ago than this are no longer read out as news or verdicts. */
  public static final Duration RECENTLY_CLOSED = Duration.ofDays(7);
  /** How many questions "what did my friends say" reads out at most. */
  public static final int VERDICTS = 3;
  /** How many of the latest comments and ideas a tally carries. */
  public static final int LATEST = 20;

  private static final SecureRandom RANDOM = new SecureRandom();
  /** 144 random bits as URL-safe base64: 24 characters. */
  private static final int TOKEN_BYTES = 18;
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{22,64}");

  private final QuestionRepository repo;
  private final Clock clock;
  private final QuestionEvents events;

  public QuestionService(QuestionRepository repo, Clock clock) {
    this(repo, clock, QuestionEvents.NONE);
  }

  /** Questions whose asking and votes are told to {@code events} (the merchant's insights). */
  public QuestionService(QuestionRepository repo, Clock clock, QuestionEvents events) {
    this.repo = Objects.requireNonNull(repo, "repo");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.events = Objects.requireNonNull(events, "events");
  }

  /** Creates a question with a fresh random token; it closes at the given deadline or after three days. */
  public Question create(NewQuestion q) {
    return create(q, newToken());
  }

  /**
   * Creates a question under a token chosen beforehand ({@link #newCreationKey()}), once: when a
   * question of the same owner is stored under it already — an earlier attempt whose answer was
   * lost, or a "yes" said again — that question is returned and nothing new is created.
   *
   * @throws IllegalArgumentException when the token is not one {@link #newCreationKey()} makes
   */
  public Question create(NewQuestion q, String token) {
    if (!wellFormed(token)) {
      throw new IllegalArgumentException("not a question token");
    }
    Instant now = now();
    Instant closesAt = q.closesAt() == null ? now.plus(DEFAULT_OPEN) : q.closesAt().truncatedTo(ChronoUnit.MILLIS);
    if (!closesAt.isAfter(now)) {
      throw new IllegalArgumentException("the deadline must be in the future");
    }
    if (closesAt.isAfter(now.plus(MAX_OPEN))) {
      closesAt = now.plus(MAX_OPEN);
    }
    var question = new Question(token, q.ownerUserId(), q.ownerPersonId(), q.askerName(), q.kind(), q.topic(),
        q.options(), q.locale(), now, closesAt, false);
    // Told also when an earlier attempt stored it but its answer was lost (that attempt told nothing).
    Question stored = repo.create(question);
    events.asked(stored);
    return stored;
  }

  /**
   * A fresh key to create a question with ({@link #create(NewQuestion, String)}): drafted before the
   * shopper's yes and kept until the question is stored, so that repeating the yes never creates a
   * second question. It becomes the question's token, a secret like any link token.
   */
  public static String newCreationKey() {
    return newToken();
  }

  /** The question with this token; empty for unknown or malformed tokens. */
  public Optional<Question> find(String token) {
    return wellFormed(token) ? repo.find(token) : Optional.empty();
  }

  /** The current tally. */
  public Tally tally(String token) {
    if (!wellFormed(token)) {
      throw new QuestionNotFound();
    }
    return repo.tally(token, LATEST).orElseThrow(QuestionNotFound::new);
  }

  /** The answer this voter gave, if any. */
  public Optional<Answer> answerOf(String token, String voterId) {
    if (!wellFormed(token) || voterId == null || voterId.isBlank()) {
      return Optional.empty();
    }
    return repo.answer(token, voterId);
  }

  /**
   * Records a friend's vote; voting again moves their vote, never counts it twice.
   *
   * @throws QuestionNotFound for an unknown token
   * @throws QuestionClosed when the question no longer takes answers
   * @throws InvalidAnswer for an option the question does not have, an ideas question, or text too long
   */
  public VoteOutcome vote(String token, String voterId, int optionIndex, String voterName, String comment) {
    return vote(token, voterId, optionIndex, voterName, comment, false);
  }

  /**
   * Records a friend's vote (see {@link #vote(String, String, int, String, String)}).
   *
   * @param commentShared whether the friend allowed the shop to read their comment (the page's
   *     checkbox, off unless ticked); it is kept with the answer, so the page offers it ticked again
   */
  public VoteOutcome vote(String token, String voterId, int optionIndex, String voterName, String comment,
      boolean commentShared) {
    Question question = open(token);
    if (question.kind() == QuestionKind.IDEAS || optionIndex < 0 || optionIndex >= question.counters()) {
      throw new InvalidAnswer("option");
    }
    var answer = new Answer(voterId, voterName, optionIndex, comment, null, null, now(), commentShared);
    // The earlier vote, so that a moved vote is taken back where it was counted; only read when someone counts.
    Answer previous = events == QuestionEvents.NONE ? null : repo.answer(token, answer.voterId()).orElse(null);
    VoteOutcome outcome = repo.saveAnswer(question, answer);
    events.voted(question, previous, answer, commentShared);
    return outcome;
  }

  /**
   * Records a friend's idea for an ideas question; a second idea from the same friend replaces
   * the first.
   *
   * @throws InvalidAnswer when the question is not an ideas question, the idea is empty or too
   *     long, or the link is not an http(s) link
   */
  public void addIdea(String token, String voterId, String voterName, String ideaText, String ideaLink) {
    Question question = open(token);
    if (question.kind() != QuestionKind.IDEAS) {
      throw new InvalidAnswer("idea");
    }
    var answer = new Answer(voterId, voterName, null, null, ideaText, ideaLink, now());
    if (answer.ideaText() == null) {
      throw new InvalidAnswer("idea");
    }
    repo.saveAnswer(question, answer);
  }

  /** The user's questions that still take answers, newest first. */
  public List<Question> openQuestions(String userId) {
    Instant now = now();
    return repo.questionsOf(userId).stream().filter(q -> q.isOpen(now)).toList();
  }

  /** All the user's questions that have not expired yet, newest first. */
  public List<Question> questions(String userId) {
    return repo.questionsOf(userId);
  }

  /** The tallies of all the user's questions, newest first. */
  public List<Tally> tallies(String userId) {
    var tallies = new ArrayList<Tally>();
    for (Question question : repo.questionsOf(userId)) {
      repo.tally(question.token(), LATEST).ifPresent(tallies::add);
    }
    return tallies;
  }

  /**
   * "What did my friends say": the tallies of the user's open and recently closed questions, newest
   * first, at most {@value #VERDICTS}.
   */
  public List<Tally> recentTallies(String userId) {
    Instant now = now();
    var tallies = new ArrayList<Tally>();
    repo.questionsOf(userId).stream()
        .filter(q -> q.isOpen(now) || q.closesAt().isAfter(now.minus(RECENTLY_CLOSED)))
        .limit(VERDICTS)
        .forEach(q -> repo.tally(q.token(), LATEST).ifPresent(tallies::add));
    return tallies;
  }

  /** The user's newest question, open or not. */
  public Optional<Question> newest(String userId) {
    return repo.questionsOf(userId).stream().findFirst();
  }

  /**
   * Closes the user's newest open question and returns its final tally; empty when no question is
   * open.
   */
  public Optional<Tally> closeNewest(String userId) {
    Optional<Question> newest = openQuestions(userId).stream().findFirst();
    if (newest.isEmpty()) {
      return Optional.empty();
    }
    String token = newest.get().token();
    // Read first: a store that cannot be read closes nothing, and one that fails after closing
    // still leaves a tally to tell (the question is closed then; saying it was not would be wrong).
    Tally before = tally(token);
    close(userId, token);
    try {
      return Optional.of(tally(token));
    } catch (StorageUnavailableException unread) {
      Question q = before.question();
      Question closed = new Question(q.token(), q.ownerUserId(), q.ownerPersonId(), q.askerName(), q.kind(), q.topic(),
          q.options(), q.locale(), q.createdAt(), q.closesAt(), true);
      return Optional.of(new Tally(closed, before.counts(), before.voters(), before.latest()));
    }
  }

  /** Per question, how many friends answered since {@code since} (questions without news left out), newest first. */
  public List<QuestionNews> news(String userId, Instant since) {
    return news(repo.questionsOf(userId), since);
  }

  /**
   * Per question {@code owned} lists, how many friends answered since {@code since} (questions
   * without news left out), newest first: the news at launch, whose read of the shopper's profile
   * listed their questions already.
   */
  public List<QuestionNews> news(OwnedQuestions owned, Instant since) {
    if (since == null || owned.tokens().isEmpty()) {
      return List.of();
    }
    return news(repo.questions(owned), since);
  }

  private List<QuestionNews> news(List<Question> questions, Instant since) {
    var news = new ArrayList<QuestionNews>();
    for (Question question : questions) {
      int count = since == null ? 0 : repo.answersSince(question.token(), since);
      if (count > 0) {
        news.add(new QuestionNews(question, count));
      }
    }
    return news;
  }

  /** How many answers to all the user's questions arrived since {@code since}. */
  public int answersSince(String userId, Instant since) {
    return news(userId, since).stream().mapToInt(QuestionNews::newAnswers).sum();
  }

  /**
   * Stops a question from taking answers; closing a closed question does nothing.
   *
   * @throws QuestionNotFound when the user has no such question
   */
  public void close(String userId, String token) {
    Question question = owned(userId, token);
    if (!question.closedByOwner()) {
      repo.close(token);
    }
  }

  /**
   * Deletes a question with all its answers, and what the shop was allowed to read of them.
   *
   * @throws QuestionNotFound when the user has no such question
   */
  public void delete(String userId, String token) {
    Question question = owned(userId, token);
    if (events != QuestionEvents.NONE) {
      events.deleting(question, repo.tally(token, Integer.MAX_VALUE).map(Tally::latest).orElse(List.of()));
    }
    repo.delete(question);
  }

  private Question open(String token) {
    Question question = find(token).orElseThrow(QuestionNotFound::new);
    if (!question.isOpen(now())) {
      throw new QuestionClosed(question);
    }
    return question;
  }

  private Question owned(String userId, String token) {
    return find(token).filter(q -> q.ownerUserId().equals(userId)).orElseThrow(QuestionNotFound::new);
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  private static boolean wellFormed(String token) {
    return token != null && TOKEN.matcher(token).matches();
  }

  private static String newToken() {
    byte[] bytes = new byte[TOKEN_BYTES];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
