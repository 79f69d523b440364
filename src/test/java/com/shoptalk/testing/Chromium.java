package com.shoptalk.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Headless Chromium for the browser tests: a phone-sized window in a language, no downloads. */
public final class Chromium {
  private static final File BINARY = new File("/usr/bin/chromium");
  private static final File DRIVER = new File("/usr/bin/chromedriver");

  private Chromium() {}

  /** Skips the test where Chromium is missing, except on CI, where that is a failure. */
  public static void assumePresent() {
    boolean present = BINARY.canExecute() && DRIVER.canExecute();
    if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
      fail("CI needs /usr/bin/chromium and /usr/bin/chromedriver (apt-get install -y chromium chromium-driver)");
    }
    Assumptions.assumeTrue(present, "no Chromium here; the browser test runs on CI");
  }

  /** A browser of its own (no cookies shared with any other) preferring {@code languages} ("de-DE,de"). */
  public static WebDriver start(String languages) {
    var options = new ChromeOptions()
        .setBinary(BINARY)
        .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-background-networking", "--lang=" + languages.split(",")[0], "--window-size=412,915");
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", languages));
    // an explicit driver binary: Selenium must never try to download one
    var service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).usingAnyFreePort().build();
    var driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    return driver;
  }

  /** Saves what the browser shows to {@code target/screenshots/<name>}. */
  public static void screenshot(WebDriver browser, String name) throws java.io.IOException {
    if (browser instanceof ChromeDriver chrome) {
      Path dir = Files.createDirectories(Path.of("target", "screenshots"));
      Files.copy(chrome.getScreenshotAs(OutputType.FILE).toPath(), dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
