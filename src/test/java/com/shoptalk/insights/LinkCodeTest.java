package com.shoptalk.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LinkCodeTest {

  @Test
  void a_code_names_source_locale_and_product_and_reads_back() {
    var code = new LinkCode(LinkSource.QUESTION, "en-US", "chair-1");

    assertEquals("qeY2hhaXItMQ", code.encode());
    assertEquals(Optional.of(code), LinkCode.parse("qeY2hhaXItMQ"));
  }

  @Test
  void ids_with_any_characters_survive_the_round_trip() {
    var code = new LinkCode(LinkSource.BUY, "de-DE", "Sessel/Größe 2?x=1&y=#ü");

    assertEquals(Optional.of(code), LinkCode.parse(code.encode()));
    assertTrue(code.encode().matches("bd[A-Za-z0-9_-]+"));
  }

  @Test
  void codes_shoptalk_did_not_make_are_not_codes() {
    for (String notOurs : new String[] {"", "q", "qe", "xeY2hhaXItMQ", "qxY2hhaXItMQ", "qeY2hhaXItMQ==",
        "qehttps://evil.example", "qe%2F%2Fevil.example", "qe//evil.example", "qeY2hhaXItMR", "qe_w"}) {
      assertEquals(Optional.empty(), LinkCode.parse(notOurs), notOurs);
    }
  }

  @Test
  void a_code_of_an_overlong_id_is_refused() {
    assertEquals(Optional.empty(), LinkCode.parse("qe" + "QUFB".repeat(300)));
  }
}
