package com.shoptalk.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parser that turns a spoken search request into a {@link SearchQuery}: price limits, colour, brand and
 * order are taken out, the rest is the search text.
 *
 * <p>Understands, in English, "under 50 dollars", "less than fifty bucks", "between 20 and 40 dollars",
 * "over 100 dollars", "cheapest", "in blue", "blue", "from Acme"; in German "unter 100 Euro",
 * "höchstens 80 Euro", "bis 50 Euro", "zwischen 20 und 40 Euro", "über 100 Euro", "günstigste",
 * "billigste", "in Schwarz", "schwarze", "von Acme". Numbers may be digits or words, German compounds
 * included ("neunundneunzig").
 */
public final class QueryParser {

  private static final Pattern AMOUNT = Pattern.compile("[$€]?(\\d{1,7})(?:[.,](\\d{1,2}))?[$€]?");

  private static final List<String> EN_MAX = List.of("under", "below", "less than", "cheaper than", "no more than",
      "not more than", "at most", "up to", "maximum", "max", "within", "for less than", "no more then");
  private static final List<String> EN_MIN = List.of("over", "above", "more than", "at least", "starting at",
      "minimum", "upwards of", "pricier than", "more expensive than");
  private static final List<String> DE_MAX = List.of("unter", "unterhalb von", "weniger als", "höchstens",
      "maximal", "max", "bis zu", "bis", "nicht mehr als", "billiger als", "günstiger als", "für unter");
  private static final List<String> DE_MIN = List.of("über", "mehr als", "mindestens", "ab", "oberhalb von",
      "teurer als", "für über");

  private static final Set<String> EN_CURRENCY = Set.of("dollar", "dollars", "bucks", "buck", "usd", "$");
  private static final Set<String> DE_CURRENCY = Set.of("euro", "euros", "eur", "€", "teuro");

  private static final List<String> EN_CHEAP = List.of("the cheapest", "cheapest", "least expensive",
      "lowest priced", "lowest price", "cheap", "inexpensive", "affordable", "budget");
  private static final List<String> EN_DEAR = List.of("the most expensive", "most expensive", "priciest",
      "highest priced", "expensive", "pricey");
  /**
   * A modest price said as shoppers say it, "a rug that's not too expensive", "ein Teppich, der nicht zu teuer ist":
   * cheapest first, like "affordable" (without it, "expensive" was read as most expensive first).
   */
  private static final List<String> EN_MODEST = longestFirst(List.of("not too expensive", "not so expensive",
      "not very expensive", "not that expensive", "not expensive", "not overly expensive", "not too pricey",
      "not too pricy", "not pricey", "not too costly", "not crazy expensive", "nothing too expensive",
      "nothing expensive", "nothing too pricey", "isn't too expensive", "isnt too expensive", "isn't expensive", "is not too expensive",
      "aren't too expensive", "arent too expensive", "are not too expensive", "doesn't cost too much",
      "doesnt cost too much", "doesn't cost much", "doesnt cost much", "does not cost too much",
      "doesn't cost a lot", "doesn't cost a fortune", "don't cost too much", "dont cost too much",
      "don't cost much", "won't break the bank", "wont break the bank",
      "reasonably priced", "reasonable", "low priced", "low cost", "on a budget", "on the cheap",
      "not too much money", "for not too much money", "without spending too much", "without spending a lot"));
  private static final Set<String> EN_RELATIVE = Set.of("that's", "thats", "that", "which", "which's", "is", "are",
      "it's", "its", "they're");
  private static final List<String> DE_MODEST = longestFirst(List.of("nicht zu teuer", "nicht so teuer",
      "nicht allzu teuer", "nicht sehr teuer", "nicht besonders teuer", "nicht teuer", "nicht zu teure",
      "nicht zu teuren", "nicht zu teures", "nichts zu teures", "nichts allzu teures",
      "nichts teures", "nicht viel kostet", "nicht zu viel kostet", "nicht so viel kostet", "nicht allzu viel kostet",
      "nicht die welt kostet", "nicht viel kosten", "nicht zu viel kosten", "nicht die welt kosten",
      "für wenig geld", "für nicht so viel geld", "mit kleinem budget", "für den kleinen geldbeutel"));
  private static final Set<String> DE_RELATIVE = Set.of("was", "der", "die", "das", "welche", "welcher", "welches",
      "den");
  private static final Set<String> EN_VERB = Set.of("is", "are");
  private static final Set<String> DE_VERB = Set.of("ist", "sind");
  private static final List<String> DE_CHEAP_PREFIXES = List.of("günstigst", "billigst", "preiswertest",
      "günstig", "billig", "preiswert", "preisgünstig", "erschwinglich", "bezahlbar");
  private static final List<String> DE_DEAR_PREFIXES = List.of("teuerst", "teure");

  private static final Set<String> EN_FILLER = Set.of("a", "an", "some", "any", "please", "me", "the");
  private static final Set<String> EN_LEADING = Set.of("for", "something", "anything");
  private static final Set<String> DE_LEADING = Set.of("für", "fürs", "was");
  private static final Set<String> DE_FILLER = Set.of("ein", "eine", "einen", "einem", "einer", "eines", "bitte",
      "mir", "etwas", "irgendein", "irgendeine", "am", "der", "die", "das", "den", "nen", "ne");
  private static final List<String> EN_LEAD = List.of("i'm looking for", "i am looking for", "look for",
      "looking for", "search for", "find me", "find", "show me", "i want", "i need", "i also need", "get me", "search");
  private static final List<String> DE_LEAD = List.of("ich suche nach", "ich suche", "ich such nach", "ich such",
      "such mir", "suche nach", "such nach", "suche", "such", "finde mir", "finde", "zeig mir", "zeige mir",
      "ich möchte", "ich brauche", "ich hätte gern", "ich hätte gerne");
  /** Words said before a request ("then find a side table", "und such mal nach Gläsern"): not what is asked for. */
  private static final Set<String> EN_BEFORE_LEAD = Set.of("then", "and", "also", "so", "okay", "ok", "um", "uh",
      "hmm", "well", "oh", "alright", "now");
  private static final Set<String> DE_BEFORE_LEAD = Set.of("dann", "und", "also", "okay", "ok", "ähm", "äh", "hm",
      "na", "gut", "jetzt");
  /**
   * Particles between a German request and what it asks for: "such mal nach", "zeig mir doch mal", "mal nach sofas",
   * "so an gläsern".
   */
  private static final Set<String> DE_AFTER_LEAD = Set.of("mal", "doch", "halt", "eben", "nach", "noch", "an");

  private static final Map<String, String> EN_COLORS = Map.ofEntries(
      Map.entry("black", "black"), Map.entry("white", "white"), Map.entry("gray", "gray"),
      Map.entry("grey", "gray"), Map.entry("silver", "silver"), Map.entry("red", "red"),
      Map.entry("pink", "pink"), Map.entry("purple", "purple"), Map.entry("violet", "violet"),
      Map.entry("blue", "blue"), Map.entry("navy", "navy"), Map.entry("green", "green"),
      Map.entry("olive", "olive"), Map.entry("yellow", "yellow"), Map.entry("gold", "gold"),
      Map.entry("golden", "gold"), Map.entry("orange", "orange"), Map.entry("brown", "brown"),
      Map.entry("tan", "tan"), Map.entry("beige", "beige"), Map.entry("ivory", "ivory"),
      Map.entry("cream", "cream"), Map.entry("turquoise", "turquoise"), Map.entry("teal", "teal"),
      Map.entry("lavender", "lavender"), Map.entry("plum", "plum"), Map.entry("transparent", "transparent"));
  private static final Map<String, String> DE_COLORS = Map.ofEntries(
      Map.entry("schwarz", "schwarz"), Map.entry("weiß", "weiß"), Map.entry("weiss", "weiß"),
      Map.entry("grau", "grau"), Map.entry("silber", "silber"), Map.entry("silbern", "silber"),
      Map.entry("rot", "rot"), Map.entry("rosa", "rosa"), Map.entry("pink", "pink"), Map.entry("lila", "lila"),
      Map.entry("violett", "violett"), Map.entry("blau", "blau"), Map.entry("grün", "grün"),
      Map.entry("gelb", "gelb"), Map.entry("gold", "gold"), Map.entry("golden", "gold"),
      Map.entry("orange", "orange"), Map.entry("braun", "braun"), Map.entry("beige", "beige"),
      Map.entry("elfenbein", "elfenbein"), Map.entry("creme", "creme"), Map.entry("türkis", "türkis"),
      Map.entry("transparent", "transparent"));
  private static final List<String> DE_ADJECTIVE_ENDINGS = List.of("en", "em", "er", "es", "e");

  private QueryParser() {
  }

  private static List<String> longestFirst(List<String> phrases) {
    return phrases.stream().sorted((a, b) -> b.split(" ").length - a.split(" ").length).toList();
  }

  /**
   * Parses a spoken request with the built-in colour words of the locale's language.
   *
   * @param spoken what the shopper said, e.g. "blue rugs under fifty dollars"
   * @param locale the shopper's locale; German for {@code de}, English otherwise
   * @return the query; its text is what remains after taking out the constraints
   */
  public static SearchQuery parse(String spoken, Locale locale) {
    return parse(spoken, locale, List.of());
  }

  /**
   * Parses a spoken request, also recognizing the colour names a catalog uses ("royal blue", "hell rosa").
   *
   * @param spoken      what the shopper said
   * @param locale      the shopper's locale
   * @param knownColors colour names from the catalog, in its language
   * @return the query
   */
  public static SearchQuery parse(String spoken, Locale locale, Collection<String> knownColors) {
    Objects.requireNonNull(locale, "locale");
    boolean german = NumberWords.isGerman(locale);
    List<String> words = tokenize(spoken == null ? "" : spoken);
    List<String> lower = words.stream().map(w -> w.toLowerCase(locale)).toList();
    Parse parse = new Parse(words, lower, german ? Locale.GERMAN : Locale.ENGLISH, knownColors);
    return parse.run(german);
  }

  private static List<String> tokenize(String spoken) {
    List<String> words = new ArrayList<>();
    for (String raw : spoken.strip().split("\\s+")) {
      String word = raw.replaceAll("^[\\p{Punct}&&[^$€]]+|[\\p{Punct}&&[^$€]]+$", "");
      if (word.matches("[$€]\\d.*|\\d.*[$€]")) {
        words.add(word.replaceAll("[$€]", ""));
        words.add(word.contains("$") ? "$" : "€");
      } else if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }

  /** The state of parsing one request. */
  private static final class Parse {
    private final List<String> words;
    private final List<String> lower;
    private final Locale language;
    private final List<List<String>> knownColors;
    private final List<String> text = new ArrayList<>();
    private BigDecimal min;
    private BigDecimal max;
    private String color;
    private String brand;
    private Sort sort = Sort.RELEVANCE;

    Parse(List<String> words, List<String> lower, Locale language, Collection<String> knownColors) {
      this.words = words;
      this.lower = lower;
      this.language = language;
      this.knownColors = knownColors.stream()
          .map(c -> List.of(c.toLowerCase(language).strip().split("\\s+")))
          .sorted((a, b) -> b.size() - a.size())
          .toList();
    }

    SearchQuery run(boolean german) {
      int start = 0;
      while (start < words.size() - 1 && (german ? DE_BEFORE_LEAD : EN_BEFORE_LEAD).contains(lower.get(start))) {
        start++;
      }
      int i = skipPhrase(start, german ? DE_LEAD : EN_LEAD);
      if (german) {
        // after the request or when Alexa kept only what followed it ("such {query}" heard "mal nach sofas")
        while (i < words.size() - 1 && DE_AFTER_LEAD.contains(lower.get(i))) {
          i++;
        }
      }
      while (i < words.size()) {
        i = step(i, german);
      }
      // "etwas für meine Küche", "something for my kitchen" are about the kitchen: a preposition the filler left
      // first, or "something" before it, is not what was asked for.
      while (text.size() > 1 && (german ? DE_LEADING : EN_LEADING).contains(text.get(0).toLowerCase(language))) {
        text.remove(0);
      }
      return new SearchQuery(String.join(" ", text), min, max, color, brand, sort);
    }

    /** Consumes one constraint or text word starting at {@code i} and returns the next index. */
    private int step(int i, boolean german) {
      String w = lower.get(i);
      // between 20 and 40 / zwischen 20 und 40 / von 20 bis 40 / from 20 to 40
      if (w.equals(german ? "zwischen" : "between") || w.equals(german ? "von" : "from")) {
        Amount first = amount(i + 1);
        String joiner = w.equals("zwischen") ? "und" : w.equals("between") ? "and"
            : german ? "bis" : "to";
        if (first != null && first.end < words.size() && lower.get(first.end).equals(joiner)) {
          Amount second = amount(first.end + 1);
          if (second != null) {
            min = first.value.min(second.value);
            max = first.value.max(second.value);
            return second.end;
          }
        }
      }
      for (String phrase : german ? DE_MAX : EN_MAX) {
        int end = matchPhrase(i, phrase);
        Amount amount = end < 0 ? null : amount(end);
        if (amount != null) {
          max = amount.value;
          return amount.end;
        }
      }
      for (String phrase : german ? DE_MIN : EN_MIN) {
        int end = matchPhrase(i, phrase);
        Amount amount = end < 0 ? null : amount(end);
        if (amount != null) {
          min = amount.value;
          return amount.end;
        }
      }
      int modestEnd = modestPrice(i, german);
      if (modestEnd > 0) {
        sort = Sort.PRICE_ASCENDING;
        // "that's" / "der" before it and "is" / "ist" after it belong to the price wish, not to what is searched for
        Set<String> relative = german ? DE_RELATIVE : EN_RELATIVE;
        while (!text.isEmpty() && relative.contains(text.get(text.size() - 1).toLowerCase(language))) {
          text.remove(text.size() - 1);
        }
        boolean verbAfter = modestEnd < words.size() && (german ? DE_VERB : EN_VERB).contains(lower.get(modestEnd));
        return verbAfter ? modestEnd + 1 : skipOnes(modestEnd);
      }
      int sortEnd = sortWord(i, german);
      if (sortEnd > i) {
        return sortEnd;
      }
      int colorEnd = colorWord(w.equals("in") ? i + 1 : i, german);
      if (colorEnd > 0) {
        return colorEnd;
      }
      if ((w.equals(german ? "von" : "from") || !german && w.equals("by")) && i + 1 < words.size()
          && amount(i + 1) == null) {
        int end = i + 1;
        List<String> brandWords = new ArrayList<>();
        while (end < words.size() && !startsConstraint(end, german)) {
          brandWords.add(words.get(end));
          end++;
        }
        if (!brandWords.isEmpty()) {
          brand = String.join(" ", brandWords);
          return end;
        }
      }
      if (!(german ? DE_FILLER : EN_FILLER).contains(w)) {
        text.add(words.get(i));
      }
      return i + 1;
    }

    private boolean startsConstraint(int i, boolean german) {
      String w = lower.get(i);
      for (String phrase : german ? DE_MAX : EN_MAX) {
        int end = matchPhrase(i, phrase);
        if (end > 0 && amount(end) != null) {
          return true;
        }
      }
      for (String phrase : german ? DE_MIN : EN_MIN) {
        int end = matchPhrase(i, phrase);
        if (end > 0 && amount(end) != null) {
          return true;
        }
      }
      return w.equals(german ? "zwischen" : "between") || modestPrice(i, german) > 0 || sortWord(i, german) > i
          || w.equals("in") && colorWord(i + 1, german) > 0;
    }

    /** The index after a modest price wish starting at {@code i} ("not too expensive"), or -1. */
    private int modestPrice(int i, boolean german) {
      for (String phrase : german ? DE_MODEST : EN_MODEST) {
        int end = matchPhrase(i, phrase);
        if (end > 0) {
          return end;
        }
      }
      return -1;
    }

    private int sortWord(int i, boolean german) {
      if (german) {
        String w = lower.get(i);
        for (String prefix : DE_CHEAP_PREFIXES) {
          if (w.startsWith(prefix)) {
            sort = Sort.PRICE_ASCENDING;
            return i + 1;
          }
        }
        for (String prefix : DE_DEAR_PREFIXES) {
          if (w.startsWith(prefix)) {
            sort = Sort.PRICE_DESCENDING;
            return i + 1;
          }
        }
        return i;
      }
      for (String phrase : EN_CHEAP) {
        int end = matchPhrase(i, phrase);
        if (end > 0) {
          sort = Sort.PRICE_ASCENDING;
          return skipOnes(end);
        }
      }
      for (String phrase : EN_DEAR) {
        int end = matchPhrase(i, phrase);
        if (end > 0) {
          sort = Sort.PRICE_DESCENDING;
          return skipOnes(end);
        }
      }
      return i;
    }

    /** Skips the "one(s)" of "the cheapest one" or "cheap ones". */
    private int skipOnes(int i) {
      return i < words.size() && (lower.get(i).equals("one") || lower.get(i).equals("ones")) ? i + 1 : i;
    }

    /** Recognizes a colour at {@code i}; returns the index after it, or -1. */
    private int colorWord(int i, boolean german) {
      if (i >= words.size()) {
        return -1;
      }
      for (List<String> known : knownColors) {
        if (!known.isEmpty() && matchWords(i, known)) {
          color = String.join(" ", words.subList(i, i + known.size()));
          return i + known.size();
        }
      }
      String w = lower.get(i);
      Map<String, String> colors = german ? DE_COLORS : EN_COLORS;
      String base = colors.get(w);
      if (base == null && german) {
        for (String ending : DE_ADJECTIVE_ENDINGS) {
          if (w.endsWith(ending) && colors.containsKey(w.substring(0, w.length() - ending.length()))) {
            base = colors.get(w.substring(0, w.length() - ending.length()));
            break;
          }
        }
      }
      if (base == null) {
        return -1;
      }
      color = base;
      return i + 1;
    }

    private boolean matchWords(int i, List<String> phraseWords) {
      if (i + phraseWords.size() > words.size()) {
        return false;
      }
      for (int k = 0; k < phraseWords.size(); k++) {
        if (!lower.get(i + k).equals(phraseWords.get(k))) {
          return false;
        }
      }
      return true;
    }

    /** Returns the index after the phrase when it starts at {@code i}, else -1. */
    private int matchPhrase(int i, String phrase) {
      List<String> phraseWords = List.of(phrase.split(" "));
      return matchWords(i, phraseWords) ? i + phraseWords.size() : -1;
    }

    private int skipPhrase(int i, List<String> phrases) {
      for (String phrase : phrases) {
        int end = matchPhrase(i, phrase);
        if (end > 0) {
          return end;
        }
      }
      return i;
    }

    /** An amount of money read from the words, and the index after it. */
    private record Amount(BigDecimal value, int end) {
    }

    /** Reads an amount at {@code i}: digits or number words, optionally followed by a currency word. */
    private Amount amount(int i) {
      if (i >= words.size()) {
        return null;
      }
      BigDecimal value = null;
      int end = i;
      Matcher digits = AMOUNT.matcher(lower.get(i));
      if (digits.matches()) {
        value = new BigDecimal(digits.group(1) + (digits.group(2) == null ? "" : "." + digits.group(2)));
        end = i + 1;
      } else {
        List<String> run = new ArrayList<>();
        int j = i;
        while (j < words.size() && isNumberWord(j, run.isEmpty())) {
          run.add(lower.get(j));
          j++;
        }
        // "and" / "und" only joins number words; do not swallow a trailing one.
        while (!run.isEmpty() && (run.get(run.size() - 1).equals("and") || run.get(run.size() - 1).equals("a"))) {
          run.remove(run.size() - 1);
          j--;
        }
        if (!run.isEmpty()) {
          OptionalLong number = NumberWords.combine(run, language);
          if (number.isPresent()) {
            value = BigDecimal.valueOf(number.getAsLong());
            end = j;
          }
        }
      }
      if (value == null) {
        return null;
      }
      Set<String> currencyWords = language.equals(Locale.GERMAN) ? DE_CURRENCY : EN_CURRENCY;
      if (end < words.size() && (currencyWords.contains(lower.get(end)) || lower.get(end).equals("$"))) {
        end++;
      }
      return new Amount(value, end);
    }

    private boolean isNumberWord(int j, boolean first) {
      String w = lower.get(j);
      if (NumberWords.isMultiplier(w)) {
        return true;
      }
      if (language.equals(Locale.ENGLISH)) {
        if (w.equals("a")) {
          return first && j + 1 < words.size() && NumberWords.isMultiplier(lower.get(j + 1));
        }
        if (w.equals("and")) {
          return !first && j + 1 < words.size()
              && NumberWords.parseWord(lower.get(j + 1), language).isPresent();
        }
      } else if (w.equals("ein") || w.equals("eine") || w.equals("einen")) {
        return first && j + 1 < words.size() && NumberWords.isMultiplier(lower.get(j + 1));
      }
      return !w.matches("\\d.*") && NumberWords.parseWord(w, language).isPresent();
    }
  }
}
