package com.shoptalk.alexa.wishlist;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.shoptalk.testing.Expect;
import com.shoptalk.testing.TestSkill;
import com.shoptalk.wishlist.ListName;
import com.shoptalk.wishlist.WishListItem;
import com.shoptalk.wishlist.WishListOwner;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "Remove the rug" with two rugs on the list asks which one instead of guessing. */
class WishListRemoveAmbiguousTest {
  private static final String USER = "amzn1.ask.account.LOCAL-DEVELOPER";
  private TestSkill skill;

  @BeforeEach
  void start() {
    skill = TestSkill.start();
  }

  @AfterEach
  void stop() {
    skill.close();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | Natura Rug     | Braided Rug         | USD | remove the rug from my wish list     | 2 things fit that: 1: Natura Rug and 2: Braided Rug. Which one should I remove? | remove the second one | Braided Rug
      de-DE | Natura Teppich | Geflochtener Teppich | EUR | lösche teppich von meiner wunschliste | Das passt auf 2 Sachen: 1: Natura Teppich und 2: Geflochtener Teppich. Welche soll ich entfernen? | entferne die zweite | Geflochtener Teppich
      """)
  void two_fitting_items_are_numbered_and_the_chosen_one_is_removed(
      String locale, String first, String second, String currency, String remove, String question, String choose, String removed) {
    var owner = WishListOwner.account(USER);
    skill.app().wishLists().add(owner, ListName.DEFAULT, item("natura-rug", first, currency));
    skill.app().wishLists().add(owner, ListName.DEFAULT, item("braided-rug", second, currency));
    var device = skill.device(locale);

    Expect.startsWith(question, device.say(remove).speech());
    assertEquals(2, skill.app().wishLists().items(owner, ListName.DEFAULT).size(), "nothing removed before the answer");

    Expect.contains(removed, device.say(choose).speech());
    assertEquals(List.of("natura-rug"),
        skill.app().wishLists().items(owner, ListName.DEFAULT).stream().map(WishListItem::productId).toList());
  }

  private static WishListItem item(String id, String name, String currency) {
    return new WishListItem(id, name, name, new BigDecimal("99.00"), currency, "", "", null);
  }
}
