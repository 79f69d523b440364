package com.shoptalk.mail;

import com.shoptalk.text.Messages;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The e-mail texts of one locale, from {@code i18n/mail_<locale>.properties}.
 *
 * <p>Placeholders such as {@code {question}} are filled in one pass, so user text that itself
 * contains braces is inserted as it is and never read as a placeholder.
 */
final class MailTexts {
  static final String BUNDLE = "i18n.mail";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");
  private static final Map<Locale, MailTexts> CACHE = new ConcurrentHashMap<>();

  private final Locale locale;
  private final ResourceBundle bundle;

  private MailTexts(Locale locale) {
    this.locale = locale;
    // No fallback: a key missing in German must fail, not quietly come out in English.
    this.bundle = ResourceBundle.getBundle(BUNDLE, locale, MailTexts.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** The texts for the supported locale closest to {@code locale} (any German is de-DE). */
  static MailTexts of(Locale locale) {
    return CACHE.computeIfAbsent(Messages.supported(locale.toLanguageTag()), MailTexts::new);
  }

  Locale locale() {
    return locale;
  }

  Set<String> keys() {
    return new TreeSet<>(Collections.list(bundle.getKeys()));
  }

  /** A text with its placeholders filled; {@code namedArgs} alternate name and value. */
  String text(String key, Object... namedArgs) {
    if (namedArgs.length % 2 != 0) {
      throw new IllegalArgumentException("named arguments come in pairs: " + namedArgs.length);
    }
    var values = new java.util.HashMap<String, String>();
    for (int i = 0; i < namedArgs.length; i += 2) {
      values.put(String.valueOf(namedArgs[i]), String.valueOf(namedArgs[i + 1]));
    }
    String template = bundle.getString(key);
    Matcher matcher = PLACEHOLDER.matcher(template);
    var result = new StringBuilder();
    while (matcher.find()) {
      String value = values.get(matcher.group(1));
      if (value == null) {
        throw new IllegalArgumentException("no value for {" + matcher.group(1) + "} in " + key);
      }
      matcher.appendReplacement(result, Matcher.quoteReplacement(value));
    }
    matcher.appendTail(result);
    return result.toString();
  }
}
