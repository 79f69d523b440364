package com.shoptalk.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SpokenNamesTest {

  @Test
  void drops_dimensions_in_centimetres() {
    assertEquals("Teppich Amalia", SpokenNames.of("Teppich \"Amalia\" 120x180 cm", null));
  }

  @Test
  void drops_dimensions_in_feet() {
    assertEquals("Wool Area Rug", SpokenNames.of("Wool Area Rug 8 x 10 ft", null));
  }

  @Test
  void drops_codes_and_parentheses() {
    assertEquals("Abigail Lounge Chair", SpokenNames.of("Abigail Lounge Chair ALC-01 (Light Pink)", null));
  }

  @Test
  void drops_the_brand_prefix() {
    assertEquals("Air Zoom Pegasus 40", SpokenNames.of("Nike Air Zoom Pegasus 40", "Nike"));
  }

  @Test
  void never_ends_on_a_connecting_word_in_english() {
    assertEquals("Solid Oak Dining Table", SpokenNames.of("Solid Oak Dining Table with Two Extension Leaves", null));
    assertEquals("Cotton Towel Set", SpokenNames.of("Cotton Towel Set of and the Bath", null));
  }

  @Test
  void keeps_the_part_before_a_separator() {
    assertEquals("Hooded Sweatshirt", SpokenNames.of("Hooded Sweatshirt - Men's - Navy Blue - XL", null));
  }

  @Test
  void keeps_at_most_five_words_and_never_ends_on_a_connecting_word() {
    assertEquals("Rustikales Queensize-Bett im Landhausstil",
        SpokenNames.of("Rustikales Queensize-Bett im Landhausstil mit Kopfteil aus Eiche", null));
  }

  @Test
  void drops_angle_quotes_of_german_titles() {
    assertEquals("Suppenschüssel Raven", SpokenNames.of("Suppenschüssel >Raven<", null));
  }

  @Test
  void drops_volume_and_pack_sizes() {
    assertEquals("Chianti Wine Glass", SpokenNames.of("Chianti Wine Glass 450 ml, Set of 4", null));
  }

  @Test
  void keeps_a_title_that_is_only_a_code() {
    assertEquals("X-200", SpokenNames.of("X-200", null));
  }
}
