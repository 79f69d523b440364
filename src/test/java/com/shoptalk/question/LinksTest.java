package com.shoptalk.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LinksTest {
  @Test
  void accepts_http_and_https_links() {
    assertEquals(Optional.of("https://shop.example/p?x=1"), Links.parse(" https://shop.example/p?x=1 "));
    assertEquals(Optional.of("http://shop.example"), Links.parse("http://shop.example"));
  }

  @Test
  void refuses_other_schemes_and_odd_links() {
    assertTrue(Links.parse("javascript:alert(1)").isEmpty());
    assertTrue(Links.parse("data:text/html,<b>x</b>").isEmpty());
    assertTrue(Links.parse("//shop.example/p").isEmpty());
    assertTrue(Links.parse("https://user:pw@shop.example/").isEmpty());
    assertTrue(Links.parse("https://shop.example/a b").isEmpty());
    assertTrue(Links.parse("shop.example").isEmpty());
  }

  @Test
  void international_domains_become_ascii() {
    assertEquals(Optional.of("https://xn--bcher-kva.example/buch"), Links.parse("https://bücher.example/buch"));
  }

  @Test
  void domain_drops_www() {
    assertEquals("shop.example", Links.domain("https://www.Shop.example/p/1"));
  }
}
