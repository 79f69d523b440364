package com.shoptalk.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.shoptalk.alexa.friends.FriendsSkill;
import com.shoptalk.local.AlexaSimulator;
import com.shoptalk.testing.Expect;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A shared list as a new user tries it: the shopper saves two finds and shares the list by voice,
 * two friends open the link from the card in their own browsers and both take the same gift; exactly
 * one gets it, the other sees it taken, and the shopper hears that one wish is taken — not which.
 */
class SharedListEndToEndTest {
  private static final File CHROMIUM = new File("/usr/bin/chromium");
  private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
  private static final Pattern LINK = Pattern.compile("https?://\\S+/l/[A-Za-z0-9_-]+");

  private FriendsSkill shop;

  @BeforeEach
  void start() {
    boolean present = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
    if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
      fail("CI needs /usr/bin/chromium and /usr/bin/chromedriver (apt-get install -y chromium chromium-driver)");
    }
    Assumptions.assumeTrue(present, "no Chromium here; the browser test runs on CI");
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

    WebDriver ben = chromium(languages);
    WebDriver cleo = chromium(languages);
    try {
      ben.get(link);
      cleo.get(link);
      ben.findElement(By.cssSelector("li.wish button[type='submit']")).click();
      cleo.findElement(By.cssSelector("li.wish button[type='submit']")).click();

      assertEquals(yours, ben.findElement(By.cssSelector("li.wish .state")).getText());
      Expect.startsWith(quicker, cleo.findElement(By.cssSelector(".notice")).getText());
      assertEquals(taken, cleo.findElement(By.cssSelector("li.wish .state")).getText());
      assertTrue(cleo.findElements(By.cssSelector("li.wish:first-child form")).isEmpty(), "no button for a taken gift");
      screenshot(cleo, "e2e-list-" + locale + ".png");
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

  /** A friend's own browser (no cookies shared with anyone), as on their phone. */
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
