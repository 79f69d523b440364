package com.shoptalk.alexa.wishlist;

import com.shoptalk.testing.Expect;
import com.shoptalk.testing.TestSkill;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A household that speaks both languages hears its wish list in the language it asks in. */
class WishListAcrossLocalesTest {
  private TestSkill skill;

  @BeforeEach
  void start() {
    skill = TestSkill.start();
  }

  @AfterEach
  void stop() {
    skill.close();
  }

  @Test
  void a_product_saved_in_english_is_read_with_its_german_name() {
    var english = skill.device("en-US");
    english.say("find a braided rug");
    Expect.startsWith("Saved Braided Rug", english.say("save the first one").speech());

    var german = skill.device("de-DE");
    var turn = german.say("was ist auf meiner wunschliste");

    Expect.contains("1: Geflochtener Teppich, 99,99 €.", turn.speech());
    Expect.doesNotContain("Braided", turn.speech());
  }
}
