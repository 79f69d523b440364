package com.shoptalk.wishlist;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The name of a wish list: a normalized {@code key} that identifies it, and the display name the
 * shopper first gave it, for reading back.
 *
 * <p>Two names are equal when their keys are: "my birthday list" and "Birthday" name the same list.
 * The default list (no name, "wish list", "Wunschliste", …) has the key {@value #DEFAULT_KEY} and an
 * empty display name; say it with the locale's own words for "your wish list".
 *
 * @param key lower-case ASCII words joined by {@code -}, such as {@code birthday} or {@code geburtstag}
 * @param displayName the name as first spoken, without a leading "my" / "meine"; empty for the default
 */
public record ListName(String key, String displayName) {
  /** The key of the list used when the shopper names none. */
  public static final String DEFAULT_KEY = "default";

  private static final int MAX_KEY_LENGTH = 64;
  private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern POSSESSIVE = Pattern.compile("['’][sS]\\b");
  private static final Pattern SPOKEN_APART = Pattern.compile("\\s+((?i:liste|wunschliste|merkliste))$");

  /** The list used when the shopper names none. */
  public static final ListName DEFAULT = new ListName(DEFAULT_KEY, "");

  public ListName {
    Objects.requireNonNull(key, "key");
    if (!KEY.matcher(key).matches() || key.length() > MAX_KEY_LENGTH) {
      throw new IllegalArgumentException("not a list key: " + key);
    }
    displayName = displayName == null ? "" : displayName.strip();
  }

  /** Whether this is the list used when the shopper names none. */
  public boolean isDefault() {
    return DEFAULT_KEY.equals(key);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ListName name && key.equals(name.key);
  }

  @Override
  public int hashCode() {
    return key.hashCode();
  }

  /**
   * The list a shopper means by what they said, in their locale: nothing, "wish list", "my list",
   * "Wunschliste" or "Merkliste" mean the default list; "my birthday list", "birthday list" and
   * "birthday" the list {@code birthday}; "Geburtstagsliste", "Geburtstags Liste" and "Geburtstag"
   * the list {@code geburtstag}. Locales other than German get the English rules.
   */
  public static ListName of(String spoken, Locale locale) {
    if (spoken == null || spoken.isBlank()) {
      return DEFAULT;
    }
    Language language = Language.of(locale);
    Locale lowerCase = locale == null ? Locale.ROOT : locale;
    List<String> spokenWords = new ArrayList<>(Arrays.asList(spoken.strip().split("\\s+")));
    while (!spokenWords.isEmpty() && language.leadingWords.contains(spokenWords.get(0).toLowerCase(lowerCase))) {
      spokenWords.remove(0);
    }
    String displayName = String.join(" ", spokenWords);
    if (language == Language.GERMAN) {
      // "Mama Liste" said apart is written as one word, on a page, in an e-mail and aloud: "Mama-Liste"
      displayName = SPOKEN_APART.matcher(displayName).replaceFirst(
          m -> "-" + m.group(1).substring(0, 1).toUpperCase(Locale.GERMAN) + m.group(1).substring(1).toLowerCase(Locale.GERMAN));
    }
    // "mom's list" is mom's list: the possessive s is not part of the name.
    String plain = POSSESSIVE.matcher(displayName).replaceAll("").replace("'", "").replace("’", "");
    List<String> lower = new ArrayList<>(Arrays.asList(NOT_A_WORD.split(plain.toLowerCase(lowerCase))));
    lower.removeIf(String::isEmpty);
    if (lower.isEmpty() || language.defaultNames.contains(String.join(" ", lower))) {
      return DEFAULT;
    }
    language.stripListWord(lower);
    String key = key(lower);
    if (key.isEmpty()) {
      return lower.isEmpty() ? DEFAULT : new ListName("list-" + Integer.toHexString(displayName.hashCode()), displayName);
    }
    return key.equals(DEFAULT_KEY) ? DEFAULT : new ListName(key, displayName);
  }

  private static String key(List<String> words) {
    String joined = String.join("-", words)
        .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
    String ascii = Normalizer.normalize(joined, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .replaceAll("[^a-z0-9-]", "")
        .replaceAll("-+", "-")
        .replaceAll("^-|-$", "");
    if (ascii.length() > MAX_KEY_LENGTH) {
      ascii = ascii.substring(0, MAX_KEY_LENGTH).replaceAll("-$", "");
    }
    return ascii;
  }

  /** Per-language rules for turning a spoken list name into a key. */
  private enum Language {
    ENGLISH(
        Set.of("my", "our", "the", "a", "an", "on", "to", "from"),
        Set.of("wish list", "wishlist", "wishes list", "list", "my list", "default", "default list",
            "wish lists", "wishlists")) {
      @Override
      void stripListWord(List<String> words) {
        if (!words.isEmpty() && Set.of("list", "lists", "wishlist", "wishlists").contains(last(words))) {
          words.remove(words.size() - 1);
          if (!words.isEmpty() && Set.of("wish", "wishes").contains(last(words))) {
            words.remove(words.size() - 1);
          }
        }
      }
    },
    GERMAN(
        Set.of("meine", "meiner", "meinen", "mein", "unsere", "unserer", "unser", "die", "der", "den",
            "auf", "von", "zur", "zu"),
        Set.of("wunschliste", "wunsch liste", "merkliste", "merk liste", "liste", "wunschzettel",
            "standardliste", "wishlist", "wish list", "meine liste", "merkzettel")) {
      private static final List<String> COMPOUND_ENDINGS = List.of("wunschliste", "merkliste", "liste");
      private static final List<String> LINKING_S = List.of("tags", "ts", "ungs", "heits", "keits", "schafts", "ions", "ings");

      @Override
      void stripListWord(List<String> words) {
        if (words.isEmpty()) {
          return;
        }
        boolean linked = false;
        String last = last(words);
        if (Set.of("liste", "listen", "wunschliste", "merkliste", "wunschzettel").contains(last)) {
          words.remove(words.size() - 1);
          linked = true;
        } else {
          for (String ending : COMPOUND_ENDINGS) {
            if (last.endsWith(ending) && last.length() > ending.length() + 1) {
              words.set(words.size() - 1, last.substring(0, last.length() - ending.length()));
              linked = true;
              break;
            }
          }
        }
        // "Geburtstagsliste" and "Geburtstags Liste" mean the list "Geburtstag": drop the linking s.
        if (linked && !words.isEmpty()) {
          String word = last(words);
          if (word.endsWith("wunsch") && word.length() > "wunsch".length()) {
            word = word.substring(0, word.length() - "wunsch".length());
          }
          for (String ending : LINKING_S) {
            if (word.endsWith(ending) && word.length() > ending.length() + 1) {
              word = word.substring(0, word.length() - 1);
              break;
            }
          }
          words.set(words.size() - 1, word);
        }
      }
    };

    final Set<String> leadingWords;
    final Set<String> defaultNames;

    Language(Set<String> leadingWords, Set<String> defaultNames) {
      this.leadingWords = leadingWords;
      this.defaultNames = defaultNames;
    }

    abstract void stripListWord(List<String> words);

    static Language of(Locale locale) {
      return locale != null && "de".equals(locale.getLanguage()) ? GERMAN : ENGLISH;
    }

    static String last(List<String> words) {
      return words.get(words.size() - 1);
    }
  }
}
