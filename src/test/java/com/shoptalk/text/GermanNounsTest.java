package com.shoptalk.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GermanNounsTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      meine schwester                          | meine Schwester
      den geburtstag meiner mutter             | den Geburtstag meiner Mutter
      meine schwiegermutter                    | meine Schwiegermutter
      meinen kumpel                            | meinen Kumpel
      die neue wohnung                         | die neue Wohnung
      meine kleine schwester                   | meine kleine Schwester
      jemanden der gerne kocht                 | jemanden der gerne kocht
      unsere hochzeitsgäste                    | unsere Hochzeitsgäste
      Meine Schwester                          | Meine Schwester
      """)
  void capitalizes_the_nouns_alexa_heard_in_lower_case(String heard, String written) {
    assertEquals(written, GermanNouns.capitalize(heard));
  }
}
