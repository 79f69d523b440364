package com.shoptalk.alexa.friends;

import static com.amazon.ask.request.Predicates.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.PendingAction;
import com.shoptalk.question.Question;
import com.shoptalk.question.QuestionService;
import java.util.Optional;

/** "Delete my question": after a yes, the newest question and all its answers are gone. */
public final class DeleteQuestionHandler implements IntentRequestHandler, PendingAction {
  private static final String TOKEN = "deleteQuestionToken";
  private final QuestionService questions;

  public DeleteQuestionHandler(QuestionService questions) {
    this.questions = questions;
  }

  @Override
  public boolean canHandle(HandlerInput input, IntentRequest request) {
    return input.matches(intentName("DeleteQuestionIntent"));
  }

  @Override
  public Optional<Response> handle(HandlerInput input, IntentRequest request) {
    var conversation = new Conversation(input);
    // a new request: an earlier yes/no question (e.g. the e-mail offer) no longer stands
    conversation.pending(null);
    Optional<Question> newest = questions.newest(conversation.userId());
    if (newest.isEmpty()) {
      return conversation.askWithDefaultReprompt(conversation.ssml("friends.delete.none"));
    }
    conversation.pending(name());
    conversation.session().put(TOKEN, newest.get().token());
    String question = conversation.ssml("friends.delete.confirm", "subject", QuestionSpeech.subject(conversation, newest.get()));
    return conversation.ask(question, question).build();
  }

  @Override
  public String name() {
    return "deleteQuestion";
  }

  @Override
  public Optional<Response> yes(Conversation conversation) {
    Object token = conversation.session().remove(TOKEN);
    if (token != null) {
      questions.delete(conversation.userId(), token.toString());
    }
    return conversation.askWithDefaultReprompt(conversation.ssml("friends.delete.done"));
  }

  @Override
  public Optional<Response> no(Conversation conversation) {
    conversation.session().remove(TOKEN);
    return conversation.askWithDefaultReprompt(conversation.ssml("friends.delete.kept"));
  }
}
