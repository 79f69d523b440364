package com.shoptalk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shoptalk.persistence.LocalDynamo;
import com.shoptalk.sharing.GiftCount;
import com.shoptalk.sharing.Wishes;
import com.shoptalk.testing.Chromium;
import com.shoptalk.wishlist.ListName;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * Two friends open a shared list in two real headless Chromium browsers and both tap "I'll get
 * this" on the same wish: one gets it, the other is told someone was quicker and sees it taken.
 */
class ListPageBrowserTest {
  private static LocalDynamo dynamo;
  private static ListSite site;
  private static WebDriver ben;
  private static WebDriver cleo;

  @BeforeAll
  static void start() throws Exception {
    Chromium.assumePresent();
    dynamo = LocalDynamo.inMemory();
    site = new ListSite(dynamo, 1000);
    ben = Chromium.start("en-US,en");
    cleo = Chromium.start("de-DE,de");
  }

  @AfterAll
  static void stop() {
    for (WebDriver browser : new WebDriver[] {ben, cleo}) {
      if (browser != null) {
        browser.quit();
      }
    }
    if (site != null) {
      site.close();
    }
    if (dynamo != null) {
      dynamo.close();
    }
  }

  @Test
  void two_friends_take_the_same_wish_and_exactly_one_gets_it() throws Exception {
    String link = site.server.baseUri() + site.share("my birthday list", "Anna", Locale.US,
        Wishes.loungeChair(), Wishes.teapot());
    ben.get(link);
    cleo.get(link);
    String chair = "wish-" + site.wishId(link.substring(link.indexOf("/l/")), 0);

    ben.findElement(By.cssSelector("#" + chair + " summary")).click();
    ben.findElement(By.cssSelector("#" + chair + " input[name='name']")).sendKeys("Ben");
    ben.findElement(By.cssSelector("#" + chair + " textarea[name='note']")).sendKeys("The oak one <3");
    ben.findElement(By.cssSelector("#" + chair + " button[type='submit']")).click();
    cleo.findElement(By.cssSelector("#" + chair + " button[type='submit']")).click();

    Chromium.screenshot(ben, "list-ben.png");
    Chromium.screenshot(cleo, "list-cleo.png");
    assertTrue(ben.getCurrentUrl().endsWith("#" + chair), ben.getCurrentUrl());
    assertEquals("You're getting this.", ben.findElement(By.cssSelector("#" + chair + " .state")).getText());
    String notice = cleo.findElement(By.cssSelector(".notice")).getText();
    assertTrue(notice.startsWith("Jemand war schneller: Lounge Chair Oslo"), notice);
    cleo.navigate().refresh();
    assertEquals("Vergeben an Ben", cleo.findElement(By.cssSelector("#" + chair + " .state")).getText());
    assertEquals("The oak one <3", cleo.findElement(By.cssSelector("#" + chair + " .note")).getText());
    assertTrue(cleo.findElements(By.cssSelector("#" + chair + " form")).isEmpty(), "no button for a taken wish");
    assertEquals(new GiftCount(2, 1), site.sharing.count(site.owner, ListName.of("birthday", Locale.US)));
  }
}
