package com.shoptalk.alexa.search;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a shopper asked for in words no sample lists as a whole, found by the phrase that asks for it: "yo do you guys
 * have any lamps" asks for "lamps", "na gut, dann zeig mir mal Sessel" for "Sessel". Only a request that asks for
 * something counts: "what's the weather like tomorrow" asks for nothing.
 */
final class AskedFor {
  private static final String EN_ARTICLE = "(?: (?:any|some|a|an|the))?";
  private static final List<Pattern> EN = List.of(
      Pattern.compile("(?:^| )(?:do|does) (?:you|ya|y'?all|u)(?: guys| all| folks)? (?:have|carry|sell|stock)" + EN_ARTICLE + " (.+)$"),
      Pattern.compile("(?:^| )(?:have you|you|y'?all|you guys) got" + EN_ARTICLE + " (.+)$"),
      Pattern.compile("(?:^| )got (?:any|some) (.+)$"),
      Pattern.compile("(?:^| )(?:i'?m|i am) (?:looking|searching) for" + EN_ARTICLE + " (.+)$"),
      Pattern.compile("(?:^| )(?:show|find) me" + EN_ARTICLE + " (.+)$"));
  private static final String DE_PARTICLES = "(?: (?:eigentlich|auch|denn|noch|so|mal|doch|vielleicht|bitte|hier|bei euch))*";
  private static final String DE_ARTICLE = "(?: (?:irgendwelche|welche|ein|eine|einen|was|etwas|ein paar|eure|euren|deine|die))?";
  private static final List<Pattern> DE = List.of(
      Pattern.compile("(?:^| )(?:habt|hast) (?:ihr|du)" + DE_PARTICLES + DE_ARTICLE + " (.+)$"),
      Pattern.compile("(?:^| )(?:führt|verkauft) ihr" + DE_PARTICLES + DE_ARTICLE + " (.+)$"),
      Pattern.compile("(?:^| )gibt(?:'?s| es)" + DE_PARTICLES + DE_ARTICLE + " (.+)$"),
      Pattern.compile("(?:^| )zeig(?:e)? mir" + DE_PARTICLES + DE_ARTICLE + " (.+)$"),
      Pattern.compile("(?:^| )ich such(?:e)?(?: nach)?" + DE_PARTICLES + DE_ARTICLE + " (.+)$"));

  private AskedFor() {}

  /** The words after the phrase that asks for something, if the words have one. */
  static Optional<String> in(String said, Locale locale) {
    String text = said.toLowerCase(locale).replaceAll("[,.!?]", " ").replaceAll("\\s+", " ").trim();
    for (Pattern pattern : "de".equals(locale.getLanguage()) ? DE : EN) {
      Matcher m = pattern.matcher(text);
      if (m.find() && !m.group(1).isBlank()) {
        return Optional.of(m.group(1).trim());
      }
    }
    return Optional.empty();
  }
}
