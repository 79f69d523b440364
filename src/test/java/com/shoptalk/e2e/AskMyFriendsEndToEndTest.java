package com.shoptalk.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.shoptalk.alexa.friends.FriendsSkill;
import com.shoptalk.local.AlexaSimulator;
import com.shoptalk.testing.Expect;
import com.shoptalk.testing.FormBrowser;
import java.io.File;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The whole loop as a new user tries it: the shopper asks by voice, two friends answer on the page
 * behind the link from the card, and the shopper hears both of them.
 */
class AskMyFriendsEndToEndTest {
  private static final File CHROMIUM = new File("/usr/bin/chromium");
  private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

  private FriendsSkill shop;

  @BeforeEach
  void start() {
    shop = FriendsSkill.start();
  }

  @AfterEach
  void stop() {
    shop.close();
  }

  @Test
  void two_friends_answer_in_their_browsers_and_the_shopper_hears_both() throws Exception {
    boolean present = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
    if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
      fail("CI needs /usr/bin/chromium and /usr/bin/chromedriver (apt-get install -y chromium chromium-driver)");
    }
    Assumptions.assumeTrue(present, "no Chromium here; the browser test runs on CI");
    AlexaSimulator shopper = shop.device("en-US");
    shopper.say("find a lounge chair");
    Expect.startsWith("I'll ask your friends: Which one should I buy: Rattan Lounge Chair or Abigail Lounge Chair?",
        shopper.say("ask my friends about the first and the second").speech());
    String link = FriendsSkill.linkIn(shopper.say("yes").card().orElseThrow());

    answerInBrowser(link, "Ben", "Go for the Abigail, it's gorgeous.", 1);
    shop.clock.advance(Duration.ofMinutes(3));
    answerInBrowser(link, "Cleo", "Abigail! Comfier <3", 1);

    var verdict = shopper.say("what did my friends say");
    assertEquals("2 of 2 friends picked the Abigail Lounge Chair. Cleo says: Abigail! Comfier <3. Ben says: Go for the Abigail, it's gorgeous. "
        + "Add the Abigail Lounge Chair to your wish list?", verdict.speech());
  }

  @Test
  void german_friends_answer_over_http_and_the_shopper_hears_both() {
    AlexaSimulator shopper = shop.device("de-DE");
    shopper.say("finde einen sessel");
    shopper.say("frag meine freunde nach der ersten und der zweiten");
    String link = FriendsSkill.linkIn(shopper.say("ja").card().orElseThrow());

    var jonas = new Phone("de-DE,de;q=0.9");
    String page = jonas.open(link);
    Expect.contains("Welches soll ich kaufen?", page);
    Expect.contains("Sessel Sally", page);
    assertEquals(303, jonas.vote(link, 0, "Jonas", "Sally passt super ins Wohnzimmer.").statusCode());
    Expect.contains("Jonas", jonas.open(link));
    shop.clock.advance(Duration.ofMinutes(3));
    var lena = new Phone("de-DE,de;q=0.9");
    lena.open(link);
    assertEquals(303, lena.vote(link, 0, "Lena", "Nimm Sally, die ist günstiger").statusCode());

    var verdict = shopper.say("was haben meine freunde gesagt");

    assertEquals("2 von 2 Freunden haben gewählt: Sessel Sally. Lena schreibt: Nimm Sally, die ist günstiger. "
        + "Jonas schreibt: Sally passt super ins Wohnzimmer. Sessel Sally auf deine Wunschliste?", verdict.speech());
    assertEquals(List.of(2, 0), shop.skill.app().questions().tally(FriendsSkill.tokenOf(link)).counts());
  }

  /** One friend in a browser of their own (no cookies shared with anyone), as on their phone. */
  private static void answerInBrowser(String link, String name, String comment, int option) throws Exception {
    var options = new ChromeOptions()
        .setBinary(CHROMIUM)
        .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-background-networking", "--lang=en-US", "--window-size=412,915");
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
    // an explicit driver binary: Selenium must never try to download one
    var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).usingAnyFreePort().build();
    var browser = new ChromeDriver(service, options);
    try {
      browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
      browser.get(link);
      assertTrue(browser.getTitle().contains("Which one should I buy?"), browser.getTitle());
      assertTrue(browser.getPageSource().contains("Abigail Lounge Chair"));
      browser.findElement(By.tagName("summary")).click();
      browser.findElement(By.id("name")).sendKeys(name);
      browser.findElement(By.id("comment")).sendKeys(comment);
      browser.findElement(By.cssSelector("button[name='option'][value='" + option + "']")).click();
      // The click starts the post; on a busy machine the next page arrives a moment later.
      String thanks = new WebDriverWait(browser, Duration.ofSeconds(20))
          .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".thanks"))).getText();
      assertTrue(thanks.contains("Thanks for answering!"), thanks);
      String result = browser.findElement(By.id("result")).getText();
      assertTrue(result.contains(name), result);
      Path dir = Files.createDirectories(Path.of("target", "screenshots"));
      Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), dir.resolve("e2e-" + name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } finally {
      browser.quit();
    }
  }

  /** A friend's phone without JavaScript: keeps its own cookies and posts the page's form. */
  private static final class Phone {
    private final String language;
    private FormBrowser browser;

    Phone(String language) {
      this.language = language;
    }

    String open(String link) {
      HttpResponse<String> page = browser(link).get(URI.create(link).getRawPath());
      assertEquals(200, page.statusCode(), page.body());
      return page.body();
    }

    HttpResponse<String> vote(String link, int option, String name, String comment) {
      return browser(link).post(URI.create(link).getRawPath() + "/vote",
          Map.of("option", Integer.toString(option), "name", name, "comment", comment));
    }

    private FormBrowser browser(String link) {
      if (browser == null) {
        URI page = URI.create(link);
        browser = new FormBrowser(URI.create(page.getScheme() + "://" + page.getRawAuthority()), language);
      }
      return browser;
    }
  }
}
