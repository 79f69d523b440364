package com.shoptalk.alexa.listing;

import static com.amazon.ask.request.Predicates.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.Listing;
import com.shoptalk.alexa.search.UnknownWords;
import com.shoptalk.product.Comparisons;
import com.shoptalk.product.Quality;
import com.shoptalk.product.Superlative;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * "Which one is the cheapest / most expensive / best rated / smallest / heaviest": names it from the whole list and
 * puts it in focus (the smallest or heaviest only from sizes the feed gives for all of them; ties are named together).
 * "Which one smells best" (a matter of taste the feed doesn't rank): says so, and offers the best rated. Words that
 * only fit the sample's shape ("what's the weather like tomorrow") and say no superlative are not understood, or
 * searched when they name something to shop for.
 */
public final class SuperlativeHandler implements IntentRequestHandler {
  /** A superlative however said: "comfiest", "most elegant", "am schönsten", "das billigste". */
  private static final Pattern SUPERLATIVE_EN = Pattern.compile(
      "\\b(\\p{L}+est|best|worst|most|least|top|cheap\\p{L}*|expensive|pric\\p{L}*|rated|popular)\\b");
  private static final Pattern SUPERLATIVE_DE = Pattern.compile(
      "\\b(\\p{L}+st(e|en|er|es|em)?|am|meist\\p{L}*|günstig\\p{L}*|billig\\p{L}*|teuer\\p{L}*|bewert\\p{L}*|beliebt\\p{L}*)\\b");

  private final Comparisons comparisons;
  private final UnknownWords unknownWords;

  public SuperlativeHandler(Comparisons comparisons, UnknownWords unknownWords) {
    this.comparisons = comparisons;
    this.unknownWords = unknownWords;
  }

  @Override
  public boolean canHandle(HandlerInput input, IntentRequest request) {
    return input.matches(intentName("SuperlativeIntent"));
  }

  @Override
  public Optional<Response> handle(HandlerInput input, IntentRequest request) {
    var conversation = new Conversation(input);
    if (!saysSuperlative(conversation)) {
      return unknownWords.answer(conversation, conversation.slot("superlative").orElseThrow());
    }
    Optional<Listing> listing = Listing.of(conversation).filter(l -> l.size() > 0);
    if (listing.isEmpty()) {
      return ListSpeech.nothingListed(conversation);
    }
    Optional<Superlative> superlative = conversation.resolvedSlot("superlative").flatMap(Superlative::of);
    Optional<Quality> quality = conversation.resolvedSlot("quality").flatMap(Quality::of);
    if (superlative.isEmpty() && quality.isPresent()) {
      List<String> ids = listing.get().productIds();
      return QualitySpeech.answer(conversation, listing.get(), quality.get(),
          comparisons.mentioning(conversation.locale(), ids, QualitySpeech.words(conversation, quality.get())),
          comparisons.best(conversation.locale(), ids, Superlative.BEST_RATED));
    }
    if (superlative.isEmpty()) {
      // "and the cheapest king bed": a superlative with a kind of product is a search sorted that way
      Optional<String> said = conversation.slot("superlative").filter(words -> words.contains(" "));
      return said.isPresent()
          ? unknownWords.answer(conversation, said.get(), () -> ListSpeech.whichSuperlative(conversation))
          : ListSpeech.whichSuperlative(conversation);
    }
    if (superlative.get().bySize()) {
      return ListSpeech.bySize(conversation, listing.get(), superlative.get(),
          comparisons.bySize(conversation.locale(), listing.get().productIds(), superlative.get()));
    }
    return comparisons.best(conversation.locale(), listing.get().productIds(), superlative.get())
        .map(best -> {
          listing.get().withFocus(best.id()).save(conversation);
          return ListSpeech.best(conversation, listing.get(), superlative.get(), best);
        })
        .orElseGet(() -> ListSpeech.noRatings(conversation));
  }

  /** False when the superlative slot holds words that neither resolved nor say a superlative ("weather like tomorrow"). */
  private static boolean saysSuperlative(Conversation conversation) {
    Optional<String> said = conversation.slot("superlative");
    if (said.isEmpty() || conversation.isResolved("superlative") || conversation.slot("quality").isPresent()) {
      return true;
    }
    Pattern superlative = "de".equals(conversation.locale().getLanguage()) ? SUPERLATIVE_DE : SUPERLATIVE_EN;
    return superlative.matcher(said.get().toLowerCase(conversation.locale())).find();
  }
}
