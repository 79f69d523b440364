package com.shoptalk.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class UtmLinkTest {

  @Test
  void adds_shoptalk_utm_parameters_for_friends_questions() {
    assertEquals(Optional.of("https://shop.example/p/chair?utm_source=shoptalk&utm_medium=friends&utm_campaign=ask-friends"),
        UtmLink.of("https://shop.example/p/chair", LinkSource.QUESTION));
  }

  @Test
  void keeps_the_links_own_parameters_and_fragment_as_they_are() {
    assertEquals(Optional.of("https://shop.example/p/chair?variant=blue%20grey&ref=feed&utm_source=shoptalk"
            + "&utm_medium=voice&utm_campaign=buy#reviews"),
        UtmLink.of("https://shop.example/p/chair?variant=blue%20grey&ref=feed#reviews", LinkSource.BUY));
  }

  @Test
  void replaces_utm_parameters_the_feed_already_had() {
    assertEquals(Optional.of("http://shop.example/?id=7&utm_content=x&utm_source=shoptalk&utm_medium=friends&utm_campaign=wish-list"),
        UtmLink.of("http://shop.example?utm_source=feed&id=7&utm_campaign=old&utm_content=x", LinkSource.LIST));
  }

  @Test
  void refuses_links_that_are_not_http() {
    assertEquals(Optional.empty(), UtmLink.of("javascript:alert(1)", LinkSource.QUESTION));
    assertEquals(Optional.empty(), UtmLink.of("", LinkSource.QUESTION));
    assertEquals(Optional.empty(), UtmLink.of("//evil.example/x", LinkSource.QUESTION));
  }
}
