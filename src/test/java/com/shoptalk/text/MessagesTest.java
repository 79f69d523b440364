package com.shoptalk.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The locales stay in step: the same keys, the same placeholders. */
class MessagesTest {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");
  private final Messages english = Messages.of("en-US");
  private final Messages german = Messages.of("de-DE");

  @Test
  void both_locales_have_the_same_keys() {
    assertEquals(english.keys(), german.keys());
  }

  @Test
  void both_locales_use_the_same_placeholders_per_key() {
    for (String key : english.keys()) {
      assertEquals(placeholders(english.raw(key)), placeholders(german.raw(key)), key);
    }
  }

  @Test
  void locales_are_chosen_by_language() {
    assertEquals(Locale.forLanguageTag("de-DE"), Messages.supported("de-AT"));
    assertEquals(Locale.forLanguageTag("en-US"), Messages.supported("en-GB"));
    assertEquals(Locale.forLanguageTag("en-US"), Messages.supported("fr-FR"));
    assertEquals(Locale.forLanguageTag("en-US"), Messages.supported(null));
  }

  @Test
  void ssml_escapes_arguments_but_not_the_template() {
    String text = Messages.fill("<break time=\"1s\"/>{name}", Ssml::escape, "name", "Tom & <Jerry>");

    assertEquals("<break time=\"1s\"/>Tom &amp; &lt;Jerry&gt;", text);
  }

  @Test
  void braces_in_a_value_are_kept_as_they_are() {
    assertEquals("say {count} please", Messages.fill("say {what}", s -> s, "what", "{count} please"));
  }

  @Test
  void a_missing_value_fails_loudly() {
    assertThrows(IllegalArgumentException.class, () -> Messages.fill("{count} items", s -> s));
  }

  private static Set<String> placeholders(String text) {
    var names = new TreeSet<String>();
    PLACEHOLDER.matcher(text).results().forEach(m -> names.add(m.group(1)));
    return names;
  }
}
