package com.shoptalk.alexa.friends;

import static com.amazon.ask.request.Predicates.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.question.QuestionService;
import java.util.Optional;

/** "What questions do I have open": each open question with its deadline. */
public final class ListQuestionsHandler implements IntentRequestHandler {
  private final QuestionService questions;

  public ListQuestionsHandler(QuestionService questions) {
    this.questions = questions;
  }

  @Override
  public boolean canHandle(HandlerInput input, IntentRequest request) {
    return input.matches(intentName("ListQuestionsIntent"));
  }

  @Override
  public Optional<Response> handle(HandlerInput input, IntentRequest request) {
    var conversation = new Conversation(input);
    // a new request: an earlier yes/no question (e.g. the e-mail offer) no longer stands
    conversation.pending(null);
    return QuestionSpeech.open(conversation, questions.openQuestions(conversation.userId()));
  }
}
