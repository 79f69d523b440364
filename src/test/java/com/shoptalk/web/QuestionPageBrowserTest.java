package com.shoptalk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.shoptalk.insights.FriendComment;
import com.shoptalk.persistence.LocalDynamo;
import com.shoptalk.question.Answer;
import com.shoptalk.question.Fixtures;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Two friends answer in a real headless Chromium; the page and the tally then show both. */
class QuestionPageBrowserTest {
  private static final File CHROMIUM = new File("/usr/bin/chromium");
  private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

  private static LocalDynamo dynamo;
  private static QuestionSite site;
  private static WebDriver browser;

  @BeforeAll
  static void start() throws Exception {
    boolean present = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
    if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
      fail("CI needs /usr/bin/chromium and /usr/bin/chromedriver (apt-get install -y chromium chromium-driver)");
    }
    Assumptions.assumeTrue(present, "no Chromium here; the browser test runs on CI");
    dynamo = LocalDynamo.inMemory();
    site = new QuestionSite(dynamo, 1000);
    var options = new ChromeOptions()
        .setBinary(CHROMIUM)
        .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-background-networking", "--lang=en-US", "--window-size=412,915");
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
    // an explicit driver binary: Selenium must never try to download one
    var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (site != null) {
      site.close();
    }
    if (dynamo != null) {
      dynamo.close();
    }
  }

  @Test
  void two_friends_vote_and_comment_and_the_page_shows_both() throws Exception {
    String token = site.service.create(Fixtures.whichOne("amzn1.ask.account.browser")).token();
    String link = site.server.baseUri() + "/q/" + token;

    answer(link, "Ben", "Go for the rocker", 1);
    browser.manage().deleteAllCookies();
    site.clock.advance(Duration.ofMinutes(2));
    answer(link, "Cleo", "Oslo is comfier <3", 0);

    String text = browser.findElement(By.id("result")).getText();
    screenshot("question-after-two-friends.png");
    assertTrue(text.contains("2 friends answered."), text);
    assertTrue(text.contains("Ben"), text);
    assertTrue(text.contains("Go for the rocker"), text);
    assertTrue(text.contains("Cleo"), text);
    assertTrue(text.contains("Oslo is comfier <3"), text);
    var tally = site.service.tally(token);
    assertEquals(List.of(1, 1, 0), tally.counts());
    assertEquals(List.of("Cleo", "Ben"), tally.latest().stream().map(Answer::voterName).toList());
  }

  @Test
  void a_friend_who_changes_their_vote_keeps_the_comment_shared_with_the_shop() throws Exception {
    String token = site.service.create(Fixtures.whichOne("amzn1.ask.account.browser-share")).token();
    String link = site.server.baseUri() + "/q/" + token;
    browser.manage().deleteAllCookies();
    browser.get(link);
    browser.findElement(By.tagName("summary")).click();
    browser.findElement(By.id("comment")).sendKeys("Both are lovely");
    browser.findElement(By.name("shareComment")).click();
    WebElement rocker = browser.findElement(By.cssSelector("button[name='option'][value='1']"));
    rocker.click();
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(rocker));

    WebElement box = new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.presenceOfElementLocated(By.name("shareComment")));
    boolean stillTicked = box.isSelected();
    WebElement oslo = browser.findElement(By.cssSelector("button[name='option'][value='0']"));
    oslo.click();
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(oslo));
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".thanks")));

    assertTrue(stillTicked, "the page remembers that the shop may read the comment");
    LocalDate today = LocalDate.ofInstant(site.clock.instant(), ZoneOffset.UTC);
    List<FriendComment> shared = site.insights.comments(today, today, 10).stream()
        .filter(c -> c.text().equals("Both are lovely")).toList();
    assertEquals(1, shared.size(), "the moved vote keeps its comment for the shop");
    assertEquals(0, shared.get(0).choice());
  }

  private static void answer(String link, String name, String comment, int option) throws Exception {
    browser.get(link);
    screenshot("question-" + name + ".png");
    assertTrue(browser.getTitle().contains("Which one should I buy?"), browser.getTitle());
    browser.findElement(By.tagName("summary")).click();
    browser.findElement(By.id("name")).sendKeys(name);
    browser.findElement(By.id("comment")).sendKeys(comment);
    browser.findElement(By.cssSelector("button[name='option'][value='" + option + "']")).click();
    // The click starts the post; on a busy machine the next page arrives a moment later.
    String thanks = new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".thanks"))).getText();
    assertTrue(thanks.contains("Thanks for answering!"), thanks);
    assertTrue(browser.getCurrentUrl().endsWith("/q/" + link.substring(link.lastIndexOf('/') + 1) + "#result"), browser.getCurrentUrl());
  }

  private static void screenshot(String name) throws Exception {
    if (browser instanceof ChromeDriver chrome) {
      Path dir = Files.createDirectories(Path.of("target", "screenshots"));
      Files.copy(chrome.getScreenshotAs(OutputType.FILE).toPath(), dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
