package com.shoptalk.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shoptalk.alexa.friends.FriendsSkill;
import com.shoptalk.local.AlexaSimulator;
import com.shoptalk.testing.Chromium;
import com.shoptalk.testing.Expect;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * A shared list as a new user tries it: the shopper saves two finds and shares the list by voice,
 * two friends open the link from the card in their own browsers and both take the same gift; exactly
 * one gets it, the other sees it taken, and the shopper hears that one wish is taken — not which.
 */
class SharedListEndToEndTest {
  private static final Pattern LINK = Pattern.compile("https?://\\S+/l/[A-Za-z0-9_-]+");

  private FriendsSkill shop;

  @BeforeEach
  void start() {
    Chromium.assumePresent();
    shop = FriendsSkill.start();
  }

  @AfterEach
  void stop() {
    if (shop != null) {
      shop.close();
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | en-US,en | find a lounge chair | put the first one on my birthday list | put the second one on my birthday list | share my birthday list | yes | You're getting this. | Someone was quicker: | Taken | what's on my birthday list | You have 2 things on your birthday list. One of your 2 wishes is taken.
      de-DE | de-DE,de | finde einen sessel | setz den ersten auf meine geburtstags liste | setz den zweiten auf meine geburtstags liste | teile meine geburtstagsliste | ja | Das schenkst du. | Jemand war schneller: | Vergeben | was steht auf meiner geburtstagsliste | Auf deiner Geburtstagsliste stehen 2 Sachen. Einer deiner 2 Wünsche ist vergeben.
      """)
  void two_friends_take_the_same_gift_and_the_shopper_hears_one_is_taken(String locale, String languages, String find,
      String saveFirst, String saveSecond, String share, String yes, String yours, String quicker, String taken,
      String read, String oneTaken) throws Exception {
    AlexaSimulator shopper = shop.device(locale);
    shopper.say(find);
    shopper.say(saveFirst);
    shopper.say(saveSecond);
    shopper.say(share);
    String link = linkIn(shopper.say(yes).card().orElseThrow());

    WebDriver ben = Chromium.start(languages);
    WebDriver cleo = Chromium.start(languages);
    try {
      ben.get(link);
      cleo.get(link);
      ben.findElement(By.cssSelector("li.wish button[type='submit']")).click();
      cleo.findElement(By.cssSelector("li.wish button[type='submit']")).click();

      assertEquals(yours, ben.findElement(By.cssSelector("li.wish .state")).getText());
      Expect.startsWith(quicker, cleo.findElement(By.cssSelector(".notice")).getText());
      assertEquals(taken, cleo.findElement(By.cssSelector("li.wish .state")).getText());
      assertTrue(cleo.findElements(By.cssSelector("li.wish:first-child form")).isEmpty(), "no button for a taken gift");
      Chromium.screenshot(cleo, "e2e-list-" + locale + ".png");
    } finally {
      ben.quit();
      cleo.quit();
    }

    var heard = shopper.say(read);
    Expect.startsWith(oneTaken, heard.speech());
  }

  private static String linkIn(String card) {
    Matcher link = LINK.matcher(card);
    if (!link.find()) {
      throw new AssertionError("no list link in:\n" + card);
    }
    return link.group();
  }
}
