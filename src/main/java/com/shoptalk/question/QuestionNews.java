package com.shoptalk.question;

/**
 * New answers to one question since a moment (the shopper's last visit).
 *
 * @param question the question
 * @param newAnswers how many friends answered or changed their answer since then
 */
public record QuestionNews(Question question, int newAnswers) {}
