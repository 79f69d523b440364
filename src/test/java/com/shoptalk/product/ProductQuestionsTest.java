package com.shoptalk.product;

import static com.shoptalk.product.TestProducts.DE;
import static com.shoptalk.product.TestProducts.EN;
import static com.shoptalk.product.TestProducts.product;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shoptalk.catalog.Availability;
import com.shoptalk.catalog.Product;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the skill answers about one product, decided from the feed only. */
class ProductQuestionsTest {
  private final ProductQuestions questions = new ProductQuestions();

  @Test
  void material_names_the_materials_and_the_finish() {
    Product chair = product("chair", "700").materials("velvet", "brass").finish("Gold").build();

    Material material = questions.material(chair);

    assertEquals(List.of("velvet", "brass"), material.materials());
    assertEquals(Optional.of("Gold"), material.finish());
  }

  @Test
  void a_material_asked_about_is_one_the_feed_names_or_a_kind_of_it() {
    Product table = product("table", "300").materials("Walnut", "stainless steel").finish("Glass").build();

    assertEquals(MaterialAnswer.Verdict.IS, verdict(table, "wood", EN));
    assertEquals(MaterialAnswer.Verdict.IS, verdict(table, "metal", EN));
    assertEquals(MaterialAnswer.Verdict.IS, verdict(table, "walnut wood", EN));
    assertEquals(MaterialAnswer.Verdict.FINISH_IS, verdict(table, "glass", EN));
    assertEquals(MaterialAnswer.Verdict.IS_NOT, verdict(table, "oak", EN));
    assertEquals(MaterialAnswer.Verdict.IS_NOT, verdict(table, "leather", EN));
    assertEquals(MaterialAnswer.Verdict.NOT_ASKED, verdict(table, "comfy", EN));
    assertEquals(MaterialAnswer.Verdict.NOT_ASKED, verdict(table, "", EN));
  }

  @Test
  void a_broader_material_in_the_feed_does_not_say_which_kind() {
    Product shelf = product("shelf", "90").materials("wood").build();

    assertEquals(MaterialAnswer.Verdict.ONLY_BROADER, verdict(shelf, "oak", EN));
    assertEquals(MaterialAnswer.Verdict.IS, verdict(shelf, "solid wood", EN));
  }

  @Test
  void faux_leather_is_not_leather_and_engineered_wood_not_solid_wood() {
    Product sofa = product("sofa", "900").materials("faux leather").build();
    Product desk = product("desk", "150").materials("manufactured wood").build();

    assertEquals(MaterialAnswer.Verdict.IS_NOT, verdict(sofa, "leather", EN));
    assertEquals(MaterialAnswer.Verdict.IS, verdict(sofa, "vegan leather", EN));
    assertEquals(MaterialAnswer.Verdict.IS_NOT, verdict(desk, "solid wood", EN));
  }

  @Test
  void german_compounds_hold_their_material() {
    Product hocker = product("hocker", "90").euro().materials("Walnussholz").build();
    Product sofa = product("sofa", "900").euro().materials("Kunstleder").build();
    Product glas = product("glas", "9").euro().materials("Kristallglas").build();

    assertEquals(MaterialAnswer.Verdict.IS, verdict(hocker, "holz", DE));
    assertEquals(MaterialAnswer.Verdict.IS, verdict(hocker, "nussbaum", DE));
    assertEquals(MaterialAnswer.Verdict.IS_NOT, verdict(hocker, "eiche", DE));
    assertEquals(MaterialAnswer.Verdict.IS_NOT, verdict(sofa, "echtem leder", DE));
    assertEquals(MaterialAnswer.Verdict.IS, verdict(glas, "glas", DE));
    assertEquals(MaterialAnswer.Verdict.IS, verdict(glas, "kristall", DE));
  }

  private MaterialAnswer.Verdict verdict(Product product, String asked, java.util.Locale locale) {
    return questions.material(product, Optional.of(asked), locale).verdict();
  }

  @Test
  void german_feeds_name_the_finish_oberflaeche() {
    Product chair = product("sessel", "750").euro().detail("Oberfläche", "Gold").build();

    assertEquals(Optional.of("Gold"), questions.material(chair).finish());
  }

  @Test
  void a_feed_without_materials_leaves_the_material_unknown() {
    assertTrue(questions.material(product("lamp", "20").build()).isUnknown());
  }

  @Test
  void availability_is_the_feeds_and_unknown_when_it_says_nothing() {
    assertEquals(Availability.OUT_OF_STOCK, questions.availability(product("a", "1").availability("out of stock").build()));
    assertEquals(Availability.UNKNOWN, questions.availability(product("b", "1").build()));
  }

  @Test
  void brand_is_empty_when_the_feed_names_none() {
    assertEquals(Optional.of("Luma"), questions.brand(product("bag", "30").brand("Luma").build()));
    assertEquals(Optional.empty(), questions.brand(product("cup", "5").build()));
  }

  @Test
  void size_holds_the_variants_sizes_and_the_measurements() {
    Size size = questions.size(product("rug", "99").sizes("3 x 5 ft", "5 x 7 ft").build());

    assertEquals(List.of("3 x 5 ft", "5 x 7 ft"), size.sizes());
    assertTrue(size.dimensions().isEmpty());
    assertTrue(questions.size(product("cup", "5").build()).isUnknown());
  }

  @Test
  void an_asked_colour_matches_the_shades_of_it() {
    Product pillow = product("pillow", "20").colors("Royal Blue", "Light Grey", "Sky Blue").build();

    ColorAnswer blue = questions.colors(pillow, Optional.of("blue"), EN);
    ColorAnswer gray = questions.colors(pillow, Optional.of("gray"), EN);

    assertEquals(List.of("Royal Blue", "Sky Blue"), blue.matching());
    assertEquals(List.of("Light Grey"), gray.matching());
  }

  @Test
  void a_colour_the_product_does_not_come_in_matches_nothing() {
    Product pillow = product("pillow", "20").colors("Light Pink", "Gray").build();

    ColorAnswer answer = questions.colors(pillow, Optional.of("blue"), EN);

    assertEquals(Optional.of("blue"), answer.asked());
    assertEquals(List.of(), answer.matching());
    assertEquals(List.of("Light Pink", "Gray"), answer.colors());
  }

  @Test
  void a_shade_asked_for_does_not_match_the_plain_colour() {
    Product pillow = product("pillow", "20").colors("Blue").build();

    assertEquals(List.of(), questions.colors(pillow, Optional.of("light blue"), EN).matching());
  }

  @Test
  void german_colours_match_inflected_and_in_compounds() {
    Product kissen = product("kissen", "20").euro().colors("Königsblau", "Hellgrau", "Weiß").build();

    assertEquals(List.of("Königsblau"), questions.colors(kissen, Optional.of("blauen"), DE).matching());
    assertEquals(List.of("Hellgrau"), questions.colors(kissen, Optional.of("grau"), DE).matching());
    assertEquals(List.of("Weiß"), questions.colors(kissen, Optional.of("weisse"), DE).matching());
    assertEquals(List.of(), questions.colors(kissen, Optional.of("rot"), DE).matching());
  }

  @Test
  void german_pink_and_lila_are_the_shops_rosa_and_violett() {
    Product kissen = product("kissen", "20").euro().colors("Hellrosa", "Violett", "Weiß").build();

    assertEquals(List.of("Hellrosa"), questions.colors(kissen, Optional.of("pink"), DE).matching());
    assertEquals(List.of("Hellrosa"), questions.colors(kissen, Optional.of("pinken"), DE).matching());
    assertEquals(List.of("Violett"), questions.colors(kissen, Optional.of("lila"), DE).matching());
  }

  @Test
  void highlights_are_at_most_three_each_once() {
    Product sofa = product("sofa", "900").description("A sofa.")
        .highlights("Velvet upholstery", "velvet upholstery", "Pre-assembled", "Two-seater", "Pillow included").build();

    Highlights highlights = questions.highlights(sofa);

    assertEquals(List.of("Velvet upholstery", "Pre-assembled", "Two-seater"), highlights.highlights());
    assertEquals("", highlights.description());
  }

  @Test
  void without_highlights_the_description_is_said_instead() {
    Highlights highlights = questions.highlights(product("cup", "5").description("A cup for tea.").build());

    assertEquals(List.of(), highlights.highlights());
    assertEquals("A cup for tea.", highlights.description());
  }
}
