package com.shoptalk.local;

import com.shoptalk.local.InteractionModel.Intent;
import com.shoptalk.local.InteractionModel.SlotValue;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what a shopper says into what Alexa would send: a launch, or an intent with filled slots,
 * found by matching the interaction model's own sample utterances and nothing else: what the model
 * does not list (even "stop" or "yes" for Amazon's built-in intents) is heard as the fallback
 * intent. When several samples fit, the one with the most words of its own wins, and a sample whose
 * custom slot would hold words outside its type's values loses to any that needs no such guess
 * ("show me the cheapest sofa" is a search, not "the cheapest" with a sofa attached).
 */
public final class UtteranceMatcher {

  /** What the utterance means. */
  public record Recognition(Kind kind, String intent, Map<String, FilledSlot> slots) {
    /** Whether this opens the skill (launch or one-shot) or speaks within a session. */
    public enum Kind { LAUNCH, ONE_SHOT, INTENT }
  }

  /**
   * A filled slot as Alexa fills it: the value (digits for numbers and ordinals) and, for custom
   * types, the resolved value id and name when one matched.
   */
  public record FilledSlot(String value, String resolvedId, String resolvedName, boolean customType) {}

  /** A compiled sample; {@code firstWord} is its first word without apostrophes, null when it starts with a slot. */
  private record Candidate(Intent intent, Pattern pattern, List<String> slotNames, int literalChars, String firstWord) {}

  /** Outweighs any difference in sample length: a guessed custom slot value is the last resort. */
  private static final int UNRESOLVED_PENALTY = 100_000;

  private static final List<String> EN_LAUNCH = List.of("open ", "start ", "launch ", "run ", "talk to ", "begin ", "load ");
  private static final List<String> DE_LAUNCH = List.of("öffne ", "starte ", "start ", "öffnen ", "lade ");
  private static final List<String> EN_ONE_SHOT = List.of("ask {inv} to ", "ask {inv} for ", "ask {inv} ", "tell {inv} to ",
      "tell {inv} ", "use {inv} to ", "open {inv} and ", "have {inv} ");
  private static final List<String> DE_ONE_SHOT = List.of("frag {inv} nach ", "frage {inv} nach ", "frag {inv} ", "frage {inv} ",
      "bitte {inv} ", "sag {inv} ", "öffne {inv} und ", "starte {inv} und ", "mit {inv} ");

  private final InteractionModel model;
  private final String language;
  /** Samples by their first word, so an utterance is matched only against samples that can fit. */
  private final Map<String, List<Candidate>> byFirstWord = new HashMap<>();
  private final List<Candidate> slotFirst = new ArrayList<>();
  /**
   * What recent utterances were heard as: matching one against every sample that can fit takes milliseconds and
   * megabytes, and a console, a test or a benchmark says the same sentences again and again.
   */
  private final Map<String, Recognition> heard = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Recognition> eldest) {
      return size() > 1024;
    }
  });

  public UtteranceMatcher(InteractionModel model) {
    this.model = model;
    this.language = model.locale().getLanguage();
    for (Intent intent : model.intents()) {
      for (String sample : intent.samples()) {
        Candidate candidate = compile(intent, sample);
        if (candidate.firstWord() == null) {
          slotFirst.add(candidate);
        } else {
          byFirstWord.computeIfAbsent(candidate.firstWord(), w -> new ArrayList<>()).add(candidate);
        }
      }
    }
  }

  public InteractionModel model() {
    return model;
  }

  /** What Alexa would make of the utterance; unmatched speech is the fallback intent. */
  public Recognition recognize(String utterance) {
    Recognition known = heard.get(utterance);
    if (known == null) {
      known = match(utterance);
      heard.put(utterance, known);
    }
    return known;
  }

  private Recognition match(String utterance) {
    String text = normalize(utterance);
    String invocation = normalize(model.invocationName());

    List<String> launchWords = language.equals("de") ? DE_LAUNCH : EN_LAUNCH;
    for (String verb : launchWords) {
      if (text.equals(verb + invocation) || text.equals(invocation)
          || (language.equals("de") && text.equals(invocation + " " + verb.trim()))) {
        return new Recognition(Recognition.Kind.LAUNCH, null, Map.of());
      }
    }
    for (String form : language.equals("de") ? DE_ONE_SHOT : EN_ONE_SHOT) {
      String prefix = form.replace("{inv}", invocation);
      if (text.startsWith(prefix) && text.length() > prefix.length()) {
        Recognition inner = recognizeIntent(text.substring(prefix.length()));
        // "ask shop talk for wine glasses": the connecting word may belong to the request itself.
        String connector = form.substring(form.indexOf("{inv}") + "{inv}".length()).trim();
        if ("AMAZON.FallbackIntent".equals(inner.intent()) && !connector.isEmpty()) {
          Recognition withConnector = recognizeIntent(connector + " " + text.substring(prefix.length()));
          if (!"AMAZON.FallbackIntent".equals(withConnector.intent())) {
            inner = withConnector;
          }
        }
        return new Recognition(Recognition.Kind.ONE_SHOT, inner.intent(), inner.slots());
      }
    }
    return recognizeIntent(text);
  }

  private Recognition recognizeIntent(String text) {
    Recognition best = null;
    int bestScore = Integer.MIN_VALUE;
    String firstWord = text.split(" ", 2)[0].replace("'", "");
    var candidates = new ArrayList<>(byFirstWord.getOrDefault(firstWord, List.of()));
    candidates.addAll(slotFirst);
    for (Candidate candidate : candidates) {
      Matcher m = candidate.pattern().matcher(text);
      if (!m.matches()) {
        continue;
      }
      var slots = new LinkedHashMap<String, FilledSlot>();
      int score = candidate.literalChars() * 10 - candidate.slotNames().size();
      boolean valid = true;
      for (int i = 0; i < candidate.slotNames().size(); i++) {
        String slotName = candidate.slotNames().get(i);
        String type = candidate.intent().slotTypes().get(slotName);
        Optional<FilledSlot> filled = fill(type, m.group("s" + i).trim());
        if (filled.isEmpty()) {
          valid = false;
          break;
        }
        if (filled.get().customType() && filled.get().resolvedId() == null) {
          score -= UNRESOLVED_PENALTY;
        }
        slots.put(slotName, filled.get());
      }
      if (valid && score > bestScore) {
        bestScore = score;
        best = new Recognition(Recognition.Kind.INTENT, candidate.intent().name(), Collections.unmodifiableMap(slots));
      }
    }
    return best != null ? best : new Recognition(Recognition.Kind.INTENT, "AMAZON.FallbackIntent", Map.of());
  }

  private Optional<FilledSlot> fill(String type, String spoken) {
    if (spoken.isEmpty()) {
      return Optional.empty();
    }
    Locale locale = model.locale();
    switch (type) {
      case "AMAZON.NUMBER" -> {
        OptionalInt n = SpokenNumbers.cardinal(spoken, locale);
        return n.isPresent() ? Optional.of(new FilledSlot(Integer.toString(n.getAsInt()), null, null, false)) : Optional.empty();
      }
      case "AMAZON.ORDINAL" -> {
        OptionalInt n = SpokenNumbers.ordinal(spoken, locale);
        if (n.isEmpty()) {
          return Optional.empty();
        }
        return Optional.of(new FilledSlot(n.getAsInt() < 0 ? "last" : Integer.toString(n.getAsInt()), null, null, false));
      }
      case "AMAZON.DATE" -> {
        return SpokenDates.date(spoken, locale).map(d -> new FilledSlot(d, null, null, false));
      }
      case "AMAZON.TIME" -> {
        return SpokenDates.time(spoken, locale).map(t -> new FilledSlot(t, null, null, false));
      }
      default -> {
        List<SlotValue> values = model.types().get(type);
        if (values == null) {
          return Optional.of(new FilledSlot(spoken, null, null, false));
        }
        for (SlotValue value : values) {
          if (normalize(value.name()).equals(spoken)
              || value.synonyms().stream().anyMatch(s -> normalize(s).equals(spoken))) {
            return Optional.of(new FilledSlot(spoken, value.id(), value.name(), true));
          }
        }
        return Optional.of(new FilledSlot(spoken, null, null, true));
      }
    }
  }

  private static Candidate compile(Intent intent, String sample) {
    var regex = new StringBuilder();
    var slotNames = new ArrayList<String>();
    int literal = 0;
    String firstWord = null;
    for (String token : withoutPoliteness(normalizeSample(sample)).split(" ")) {
      if (token.isEmpty()) {
        continue;
      }
      if (regex.length() > 0) {
        regex.append(' ');
      }
      if (token.startsWith("{") && token.endsWith("}")) {
        regex.append("(?<s").append(slotNames.size()).append(">.+?)");
        slotNames.add(token.substring(1, token.length() - 1));
      } else {
        // Typed utterances often drop apostrophes: "whats on my wish list" still matches "what's …".
        var parts = new ArrayList<String>();
        for (String part : token.split("'", -1)) {
          parts.add(part.isEmpty() ? "" : Pattern.quote(part));
        }
        regex.append(String.join("'?", parts));
        if (literal == 0 && slotNames.isEmpty()) {
          firstWord = token.replace("'", "");
        }
        literal += token.length();
      }
    }
    return new Candidate(intent, Pattern.compile(regex.toString()), slotNames, literal, firstWord);
  }

  private static String normalizeSample(String sample) {
    // Lower-case the words but not the slot names: "{listName}" must stay as declared.
    var words = new StringBuilder();
    for (String token : sample.trim().split("\\s+")) {
      words.append(words.length() == 0 ? "" : " ")
          .append(token.startsWith("{") && token.endsWith("}") ? token : token.toLowerCase(Locale.ROOT));
    }
    return words.toString();
  }

  /**
   * Lower case, without the wake word, punctuation or a polite "please", as Alexa's speech
   * recognition would hand it over.
   */
  static String normalize(String utterance) {
    String text = Normalizer.normalize(utterance, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    text = text.replaceAll("[\u2019`]", "'").replaceAll("[^\\p{L}\\p{N}' .]", " ").replaceAll("(?<!\\d)\\.|\\.(?!\\d)", " ");
    text = text.replaceAll("\\s+", " ").trim();
    return withoutPoliteness(text.replaceFirst("^alexa ", ""));
  }

  /** Drops a leading or trailing "please" / "bitte", from utterances and samples alike. */
  private static String withoutPoliteness(String text) {
    return text.replaceFirst("^(please|bitte) (?=\\p{L})", "").replaceFirst(" (please|bitte)$", "").trim();
  }
}
