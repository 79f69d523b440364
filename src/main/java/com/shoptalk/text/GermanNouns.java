package com.shoptalk.text;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Capital letters for the nouns of a German phrase Alexa heard in lower case ("ideen für meine
 * schwester" reads "meine Schwester" on a friend's page). German capitalizes every noun; a phrase a
 * shopper says about whom or what a gift is for mostly names people, occasions and rooms, so this
 * knows those nouns (also inflected and at the end of compounds: "Schwiegermutter",
 * "Geburtstags…") and, for any other word, capitalizes the phrase's last word when an article or
 * possessive comes right before it ("meinen kumpel"). Words it is unsure of stay as heard.
 */
public final class GermanNouns {
  private static final Locale GERMAN = Locale.GERMAN;
  private static final Set<String> NOUNS = Set.of(
      "schwester", "bruder", "mutter", "vater", "mama", "papa", "oma", "opa", "tochter", "sohn", "frau", "mann",
      "freundin", "freund", "kollegin", "kollege", "chef", "chefin", "tante", "onkel", "nichte", "neffe", "enkel",
      "enkelin", "cousin", "cousine", "schwager", "schwägerin", "eltern", "großeltern", "kind", "kinder", "baby",
      "familie", "partner", "partnerin", "verlobte", "verlobten", "nachbar", "nachbarin", "lehrer", "lehrerin",
      "patenkind", "patin", "pate", "gastgeber", "gastgeberin", "team", "kumpel", "liebste", "liebsten",
      "geburtstag", "hochzeit", "weihnachten", "muttertag", "vatertag", "valentinstag", "ostern", "jahrestag",
      "einweihung", "einzug", "umzug", "jubiläum", "taufe", "geschenk", "geschenke", "party", "feier",
      "wohnung", "haus", "wohnzimmer", "küche", "schlafzimmer", "kinderzimmer", "badezimmer", "bad", "garten",
      "balkon", "terrasse", "büro", "flur", "esszimmer", "gästezimmer", "arbeitszimmer", "keller");
  private static final Set<String> DETERMINERS = Set.of(
      "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines",
      "mein", "meine", "meinen", "meinem", "meiner", "meines", "dein", "deine", "deinen", "deinem", "deiner",
      "deines", "sein", "seine", "seinen", "seinem", "seiner", "ihr", "ihre", "ihren", "ihrem", "ihrer",
      "unser", "unsere", "unseren", "unserem", "unserer", "euer", "eure", "euren", "eurem", "eurer",
      "zum", "zur", "im", "am", "vom", "beim", "ins");
  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  private GermanNouns() {}

  /** The phrase with its nouns capitalized; other words as they were. */
  public static String capitalize(String phrase) {
    Matcher word = WORD.matcher(phrase);
    var out = new StringBuilder();
    String previous = null;
    while (word.find()) {
      String said = word.group();
      String lower = said.toLowerCase(GERMAN);
      boolean last = phrase.substring(word.end()).codePoints().noneMatch(Character::isLetter);
      boolean noun = isNoun(lower) || last && previous != null && DETERMINERS.contains(previous);
      String written = noun ? said.substring(0, 1).toUpperCase(GERMAN) + said.substring(1) : said;
      word.appendReplacement(out, Matcher.quoteReplacement(written));
      previous = lower;
    }
    word.appendTail(out);
    return out.toString();
  }

  private static boolean isNoun(String lower) {
    if (DETERMINERS.contains(lower)) {
      return false;
    }
    for (String ending : new String[] {"", "n", "s", "en", "es", "e"}) {
      if (lower.endsWith(ending) && lower.length() > ending.length()) {
        String stem = lower.substring(0, lower.length() - ending.length());
        if (NOUNS.contains(stem)) {
          return true;
        }
        for (String noun : NOUNS) {
          if (noun.length() >= 4 && stem.length() > noun.length() + 2 && stem.endsWith(noun)) {
            return true; // a compound: "schwiegermutter", "lieblingsschwester"
          }
        }
      }
    }
    return false;
  }
}
