package com.shoptalk.alexa.friends;

import static com.amazon.ask.request.Predicates.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.question.QuestionKind;
import java.util.Optional;

/**
 * A bare "the first and the third": while the shopper is asked whether to send a which-one question,
 * it picks that question's options; otherwise it compares those products.
 */
public final class ChooseSeveralHandler implements IntentRequestHandler {
  private final IntentRequestHandler askWhichOne;
  private final IntentRequestHandler compare;

  public ChooseSeveralHandler(IntentRequestHandler askWhichOne, IntentRequestHandler compare) {
    this.askWhichOne = askWhichOne;
    this.compare = compare;
  }

  @Override
  public boolean canHandle(HandlerInput input, IntentRequest request) {
    return input.matches(intentName("ChooseSeveralIntent"));
  }

  @Override
  public Optional<Response> handle(HandlerInput input, IntentRequest request) {
    var conversation = new Conversation(input);
    boolean choosingOptions = conversation.pending().filter(CreateQuestionAction.NAME::equals).isPresent()
        && QuestionDrafts.peek(conversation).filter(draft -> draft.kind() == QuestionKind.WHICH_ONE).isPresent();
    conversation.pending(null);
    return choosingOptions ? askWhichOne.handle(input, request) : compare.handle(input, request);
  }
}
