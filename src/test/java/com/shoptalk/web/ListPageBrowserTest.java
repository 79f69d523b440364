package com.shoptalk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.shoptalk.persistence.LocalDynamo;
import com.shoptalk.sharing.GiftCount;
import com.shoptalk.sharing.Wishes;
import com.shoptalk.wishlist.ListName;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Two friends open a shared list in two real headless Chromium browsers and both tap "I'll get
 * this" on the same wish: one gets it, the other is told someone was quicker and sees it taken.
 */
class ListPageBrowserTest {
  private static final File CHROMIUM = new File("/usr/bin/chromium");
  private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

  private static LocalDynamo dynamo;
  private static ListSite site;
  private static WebDriver ben;
  private static WebDriver cleo;

  @BeforeAll
  static void start() throws Exception {
    boolean present = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
    if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
      fail("CI needs /usr/bin/chromium and /usr/bin/chromedriver (apt-get install -y chromium chromium-driver)");
    }
    Assumptions.assumeTrue(present, "no Chromium here; the browser test runs on CI");
    dynamo = LocalDynamo.inMemory();
    site = new ListSite(dynamo, 1000);
    ben = chromium("en-US,en");
    cleo = chromium("de-DE,de");
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

    screenshot(ben, "list-ben.png");
    screenshot(cleo, "list-cleo.png");
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

  private static WebDriver chromium(String languages) {
    var options = new ChromeOptions()
        .setBinary(CHROMIUM)
        .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-background-networking", "--lang=" + languages.split(",")[0], "--window-size=412,915");
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", languages));
    // an explicit driver binary: Selenium must never try to download one
    var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).usingAnyFreePort().build();
    var driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    return driver;
  }

  private static void screenshot(WebDriver browser, String name) throws Exception {
    if (browser instanceof ChromeDriver chrome) {
      Path dir = Files.createDirectories(Path.of("target", "screenshots"));
      Files.copy(chrome.getScreenshotAs(OutputType.FILE).toPath(), dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
