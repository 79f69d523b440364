package com.shoptalk.question;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where questions and their answers are kept. */
public interface QuestionRepository {
  /** Stores a new question and lists it among its owner's questions. */
  void create(Question question, Instant expiresAt);

  Optional<Question> find(String token);

  /** The question with its counts and up to {@code latest} answers with text, newest first. */
  Optional<Tally> tally(String token, int latest);

  /** The answer a voter gave, if any. */
  Optional<Answer> answer(String token, String voterId);

  /**
   * Stores a voter's answer, replacing their earlier one, and moves the vote counters exactly
   * once even when many answers arrive at the same time.
   *
   * @throws QuestionClosed when the question stopped taking answers before {@code now}
   * @throws QuestionNotFound when the question is gone
   */
  VoteOutcome saveAnswer(Question question, Answer answer, Instant now);

  /** The owner's questions, newest first. */
  List<Question> questionsOf(String ownerUserId);

  /** How many answers arrived (or changed) after {@code since}. */
  int answersSince(String token, Instant since);

  /** Marks a question closed by its owner. */
  void close(String token);

  /** Removes a question, its answers and its entry in the owner's list. */
  void delete(Question question);
}
