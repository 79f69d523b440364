package com.shoptalk.alexa.faults;

/** What a shopper says in the fault conversations, per locale. */
record Words(String open, String find, String product, String first, String save, String readList, String askAbout,
    String yes, String verdict) {
  static Words of(String locale) {
    return switch (locale) {
      case "en-US" -> new Words("open shop talk", "find a lounge chair", "lounge chair", "the first one", "save it",
          "what's on my wish list", "ask my friends about this", "yes", "what did my friends say");
      case "de-DE" -> new Words("öffne einkaufs helfer", "finde einen sessel", "sessel", "die erste", "merk dir das",
          "was ist auf meiner wunschliste", "frag meine freunde danach", "ja", "was haben meine freunde gesagt");
      default -> throw new IllegalArgumentException(locale);
    };
  }
}
