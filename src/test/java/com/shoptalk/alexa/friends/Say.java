package com.shoptalk.alexa.friends;

/** What a shopper says for each step of the friends' conversation, per locale. */
record Say(String open, String find, String first, String about, String firstAndSecond, String whichOne,
    String ideas, String aboutUntilTomorrow, String yes, String no, String verdict, String list, String close,
    String delete) {

  static Say in(String locale) {
    return switch (locale) {
      case "en-US" -> new Say("open shop talk", "find a lounge chair", "the first one", "ask my friends about this",
          "ask my friends about the first and the second", "ask my friends which one i should buy",
          "ask my friends for gift ideas for my sister", "ask my friends about this until tomorrow", "yes", "no",
          "what did my friends say", "what questions do i have open", "close my question", "delete my question");
      case "de-DE" -> new Say("öffne einkaufs helfer", "finde einen sessel", "die erste", "frag meine freunde danach",
          "frag meine freunde nach der ersten und der zweiten", "frag meine freunde welches ich kaufen soll",
          "frag meine freunde nach geschenkideen für meine schwester", "frag meine freunde danach bis morgen", "ja", "nein",
          "was haben meine freunde gesagt", "welche fragen habe ich offen", "schließ meine frage", "lösche meine frage");
      default -> throw new IllegalArgumentException(locale);
    };
  }
}
