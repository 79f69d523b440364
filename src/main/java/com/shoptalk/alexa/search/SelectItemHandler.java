package com.shoptalk.alexa.search;

import static com.amazon.ask.request.Predicates.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.PendingChoice;
import com.shoptalk.alexa.Selection;
import com.shoptalk.alexa.SpokenName;
import com.shoptalk.alexa.handlers.FallbackHandler;
import com.shoptalk.search.SearchService;
import java.util.Map;
import java.util.Optional;

/**
 * "The second one", "number three", "the vanilla candle": puts a product in focus and describes it
 * briefly. When the skill has just asked "which one?" (to save, buy, remove, ask friends about, or
 * a question about a product), the answer finishes that instead; "and the second one too" does again
 * what was last done with a product. A name among search results that fits none or several of them ("the white
 * one" when no mug is white) narrows the search ({@link DescribedChoice}).
 */
public final class SelectItemHandler implements IntentRequestHandler {
  private final Selection selection;
  private final Map<String, IntentRequestHandler> finishers;
  private final DescribedChoice described;

  /** {@code finishers}: by intent name, the handlers whose "which one?" an answer finishes. */
  public SelectItemHandler(Selection selection, Map<String, IntentRequestHandler> finishers, SearchService searches,
      SearchAnswers answers) {
    this.selection = selection;
    this.finishers = Map.copyOf(finishers);
    this.described = new DescribedChoice(searches, answers);
  }

  @Override
  public boolean canHandle(HandlerInput input, IntentRequest request) {
    return input.matches(intentName("SelectItemIntent").or(intentName("AlsoIntent")));
  }

  @Override
  public Optional<Response> handle(HandlerInput input, IntentRequest request) {
    var conversation = new Conversation(input);
    // "Which one should I save?" → "the second one"; "save the first one" → "and the second one too"
    Optional<PendingChoice.Stored> question = "AlsoIntent".equals(request.getIntent().getName())
        ? PendingChoice.take(conversation).or(() -> PendingChoice.last(conversation))
        : PendingChoice.take(conversation);
    if (question.isPresent() && finishers.containsKey(question.get().intent())) {
      PendingChoice.answer(conversation, question.get());
      PendingChoice.done(conversation);
      return finishers.get(question.get().intent()).handle(input, request);
    }
    Optional<String> name = conversation.slot("itemName")
        .filter(said -> !SpokenName.pointsOnly(said, conversation.locale()));
    var listed = DescribedChoice.searchListed(conversation);
    if (name.isPresent() && listed.isPresent() && Selection.position(conversation).isEmpty()
        && "SelectItemIntent".equals(request.getIntent().getName())) {
      return described.answer(conversation, listed.get(), name.get(), conversation.isResolved("itemName"));
    }
    var chosen = selection.chosen(conversation);
    if (chosen.isPresent()) {
      return DetailsSpeech.summary(conversation, chosen.get());
    }
    if (conversation.slot("itemName").isPresent() && !conversation.isResolved("itemName")) {
      return FallbackHandler.answer(conversation);
    }
    return Selection.noProductChosen(conversation);
  }
}
