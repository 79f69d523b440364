package com.shoptalk.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * All user-facing text of one locale, from the resource bundles under {@code i18n/}.
 *
 * <p>Texts use named placeholders such as {@code {count}}. The locale always comes from the
 * request at hand; instances are cached per locale and immutable, so a warm Lambda can answer a
 * German request right after an English one.
 */
public final class Messages {
  /** The locales ShopTalk speaks; the first is the default for anything else. */
  public static final List<Locale> SUPPORTED = List.of(Locale.forLanguageTag("en-US"), Locale.forLanguageTag("de-DE"));

  /** Bundle base names, one per feature, so features keep their texts apart. */
  public static final List<String> BUNDLES = List.of("i18n.speech", "i18n.search", "i18n.wishlist", "i18n.friends", "i18n.web", "i18n.mail",
      "i18n.lists", "i18n.merchant", "i18n.product");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

  private static final Map<Locale, Messages> CACHE = new ConcurrentHashMap<>();

  private final Locale locale;
  private final List<ResourceBundle> bundles;

  private Messages(Locale locale) {
    this.locale = locale;
    var loaded = new ArrayList<ResourceBundle>();
    var control = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    for (String base : BUNDLES) {
      loaded.add(ResourceBundle.getBundle(base, locale, Messages.class.getClassLoader(), control));
    }
    this.bundles = List.copyOf(loaded);
  }

  /** The messages for a supported locale (see {@link #supported(String)}). */
  public static Messages of(Locale locale) {
    return CACHE.computeIfAbsent(supported(locale.toLanguageTag()), Messages::new);
  }

  /** The messages for a BCP 47 tag such as {@code de-DE}; unknown or missing tags get en-US. */
  public static Messages of(String languageTag) {
    return of(supported(languageTag));
  }

  /**
   * The supported locale closest to a language tag: any German variant is de-DE, anything else
   * en-US.
   */
  public static Locale supported(String languageTag) {
    if (languageTag != null) {
      String language = Locale.forLanguageTag(languageTag.trim().replace('_', '-')).getLanguage();
      for (Locale candidate : SUPPORTED) {
        if (candidate.getLanguage().equals(language)) {
          return candidate;
        }
      }
    }
    return SUPPORTED.get(0);
  }

  public Locale locale() {
    return locale;
  }

  /** Whether a key exists in this locale. */
  public boolean has(String key) {
    return bundles.stream().anyMatch(b -> b.containsKey(key));
  }

  /** The raw text of a key. */
  public String raw(String key) {
    for (ResourceBundle bundle : bundles) {
      if (bundle.containsKey(key)) {
        return bundle.getString(key);
      }
    }
    throw new MissingResourceException("no text for " + key + " in " + locale, "Messages", key);
  }

  /** Plain text with placeholders filled in as they are (for cards, e-mail, the web). */
  public String text(String key, Object... namedArgs) {
    return fill(raw(key), UnaryOperator.identity(), namedArgs);
  }

  /**
   * SSML with placeholders filled in XML-escaped: the bundle text is trusted markup, the arguments
   * (catalog titles, names, comments) are not.
   */
  public String ssml(String key, Object... namedArgs) {
    return fill(raw(key), Ssml::escape, namedArgs);
  }

  /**
   * A list read naturally, joined before its last item by the word under {@code conjunctionKey}:
   * "a, b and c", "a, b oder c".
   */
  public String join(List<String> items, String conjunctionKey) {
    if (items.size() < 2) {
      return String.join("", items);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " " + text(conjunctionKey) + " "
        + items.get(items.size() - 1);
  }

  /** All keys of this locale, for the test that keeps the locales in step. */
  public Set<String> keys() {
    var keys = new TreeSet<String>();
    for (ResourceBundle bundle : bundles) {
      keys.addAll(Collections.list(bundle.getKeys()));
    }
    return keys;
  }

  /**
   * Replaces {@code {name}} placeholders; {@code namedArgs} alternate name and value. A
   * placeholder without a value is a programming error and fails loudly in tests.
   */
  static String fill(String template, UnaryOperator<String> escape, Object... namedArgs) {
    if (namedArgs.length % 2 != 0) {
      throw new IllegalArgumentException("named arguments come in pairs: " + namedArgs.length);
    }
    var values = new java.util.HashMap<String, String>();
    for (int i = 0; i < namedArgs.length; i += 2) {
      values.put(String.valueOf(namedArgs[i]), String.valueOf(namedArgs[i + 1]));
    }
    // One pass over the template, so braces inside a value (a friend's comment) are never re-read.
    Matcher m = PLACEHOLDER.matcher(template);
    var out = new StringBuilder();
    while (m.find()) {
      String value = values.get(m.group(1));
      if (value == null) {
        throw new IllegalArgumentException("no value for {" + m.group(1) + "} in: " + template);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(escape.apply(value)));
    }
    m.appendTail(out);
    return out.toString();
  }
}
