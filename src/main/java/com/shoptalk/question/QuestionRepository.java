package com.shoptalk.question;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where questions and their answers are kept. Everything stored for a question may be forgotten
 * after {@link Question#expiresAt()}.
 *
 * <p>Writes either happen or throw; {@link com.shoptalk.storage.StorageUnavailableException} when
 * the store could not be reached in time (then nothing is known to be stored, and repeating the
 * call is safe: it never counts twice).
 */
public interface QuestionRepository {
  /**
   * Stores a new question and lists it among its owner's questions, once per token: when a question
   * of the same owner is stored under the token already (an earlier attempt of the same creation),
   * that one stays and is returned.
   *
   * @return the question as stored
   */
  Question create(Question question);

  Optional<Question> find(String token);

  /** The question with its counts and up to {@code latest} answers with text, newest first. */
  Optional<Tally> tally(String token, int latest);

  /** The answer a voter gave, if any. */
  Optional<Answer> answer(String token, String voterId);

  /**
   * Stores a voter's answer, replacing their earlier one, and moves the vote counters exactly
   * once even when many answers arrive at the same time. The caller has checked that
   * {@code question} was open at {@link Answer#at()}; the answer is stored only if its owner has not
   * closed or deleted it since.
   *
   * @throws QuestionClosed when the owner closed the question meanwhile
   * @throws QuestionNotFound when the question is gone
   */
  VoteOutcome saveAnswer(Question question, Answer answer);

  /** The owner's questions, newest first. */
  List<Question> questionsOf(String ownerUserId);

  /** The questions {@code owned} lists, in its order; those gone meanwhile are left out. */
  List<Question> questions(OwnedQuestions owned);

  /** How many answers arrived (or changed) after {@code since}. */
  int answersSince(String token, Instant since);

  /** Marks a question closed by its owner. */
  void close(String token);

  /** Removes a question, its answers and its entry in the owner's list. */
  void delete(Question question);

  /** Removes every question of a user with all their answers ("delete my data"). */
  void deleteAllOf(String ownerUserId);
}
