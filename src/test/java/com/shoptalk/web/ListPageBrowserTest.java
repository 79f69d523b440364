package com.shoptalk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shoptalk.persistence.LocalDynamo;
import com.shoptalk.sharing.GiftCount;
import com.shoptalk.sharing.Wishes;
import com.shoptalk.testing.Chromium;
import com.shoptalk.wishlist.ListName;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

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

  private static WebDriverWait waitFor(WebDriver browser) {
    return new WebDriverWait(browser, Duration.ofSeconds(20));
  }

  /** The text of an element once the page shows it. */
  private static String textOf(WebDriver browser, String css) {
    return waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css))).getText();
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
    WebElement bensButton = ben.findElement(By.cssSelector("#" + chair + " button[type='submit']"));
    bensButton.click();
    // Ben's reservation is stored once his browser shows the page the post redirected to; only then Cleo taps.
    waitFor(ben).until(ExpectedConditions.and(
        ExpectedConditions.stalenessOf(bensButton), ExpectedConditions.urlContains("#" + chair)));
    String bensState = textOf(ben, "#" + chair + " .state");
    WebElement cleosButton = cleo.findElement(By.cssSelector("#" + chair + " button[type='submit']"));
    cleosButton.click();
    waitFor(cleo).until(ExpectedConditions.stalenessOf(cleosButton));
    String notice = textOf(cleo, ".notice");

    Chromium.screenshot(ben, "list-ben.png");
    Chromium.screenshot(cleo, "list-cleo.png");
    assertEquals("You're getting this.", bensState);
    assertTrue(notice.startsWith("Jemand war schneller: Lounge Chair Oslo"), notice);
    cleo.navigate().refresh();
    assertEquals("Vergeben an Ben", textOf(cleo, "#" + chair + " .state"));
    assertEquals("The oak one <3", textOf(cleo, "#" + chair + " .note"));
    assertTrue(cleo.findElements(By.cssSelector("#" + chair + " form")).isEmpty(), "no button for a taken wish");
    assertEquals(new GiftCount(2, 1), site.sharing.count(site.owner, ListName.of("birthday", Locale.US)));
  }
}
