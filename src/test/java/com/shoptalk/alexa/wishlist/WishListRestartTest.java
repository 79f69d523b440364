package com.shoptalk.alexa.wishlist;

import com.shoptalk.Config;
import com.shoptalk.ShopTalk;
import com.shoptalk.alexa.SkillHandler;
import com.shoptalk.local.AlexaSimulator;
import com.shoptalk.persistence.LocalDynamo;
import com.shoptalk.testing.Expect;
import com.shoptalk.testing.Found;
import com.shoptalk.testing.TestSkill;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A wish list saved in the local run is still there after the local run restarts. */
class WishListRestartTest {
  private static final String USER = "amzn1.ask.account.RESTART";

  @TempDir
  Path temp;

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find a rug          | save the second one | what's on my wish list           | You have one thing on your wish list. 1: {2}
      de-DE | finde einen teppich | merk dir die zweite | was steht auf meiner wunschliste | Auf deiner Wunschliste steht eine Sache. 1: {2}
      """)
  void a_saved_list_survives_a_restart(String locale, String find, String save, String read, String heard)
      throws IOException {
    Path dataDir = temp.resolve("shoptalk");
    Found found;
    try (var before = LocalRun.start(dataDir)) {
      AlexaSimulator device = before.device(locale);
      found = Found.in(device.say(find), before.app(), locale);
      device.say(save);
    }

    try (var after = LocalRun.start(copyOf(dataDir))) {
      var turn = after.device(locale).say(read);

      Expect.startsWith(found.fill(heard), turn.speech());
    }
  }

  /**
   * The data folder as a stopped local run leaves it. A real restart is a new process. In one JVM,
   * DynamoDB Local's background jobs outlive {@code LocalDynamo.close()} and keep the SQLite file
   * busy ("database is locked" at random), so the next run opens a copy, taken once SQLite has
   * finished its last transaction (close() returns before that: a copy taken at once still has a
   * hot journal and rolls back to an empty list).
   */
  private static Path copyOf(Path folder) throws IOException {
    Path database = folder.resolve("dynamodb").resolve("shoptalk.db");
    Path journal = database.resolveSibling(database.getFileName() + "-journal");
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (Files.exists(journal) && System.nanoTime() < deadline) {
      LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
    }
    Path copy = folder.resolveSibling(folder.getFileName() + "-restarted");
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.toList()) {
        Files.copy(file, copy.resolve(folder.relativize(file).toString()));
      }
    }
    return copy;
  }

  /** ShopTalk as {@code LocalMain} runs it: DynamoDB Local kept in a folder, the skill behind its Lambda entry point. */
  private record LocalRun(LocalDynamo dynamo, ShopTalk app, SkillHandler skill) implements AutoCloseable {
    static LocalRun start(Path dataDir) {
      LocalDynamo dynamo = LocalDynamo.inFolder(dataDir.resolve("dynamodb"));
      Config config = Config.from(Map.of("TABLE_NAME", "shoptalk"));
      ShopTalk app = ShopTalk.local(config, dynamo.table(config.tableName()), dataDir, Clock.systemUTC());
      return new LocalRun(dynamo, app, new SkillHandler(app));
    }

    AlexaSimulator device(String locale) {
      return new AlexaSimulator(TestSkill.SKILL_PACKAGE, skill::handle).locale(locale).user(USER);
    }

    @Override
    public void close() {
      dynamo.close();
    }
  }
}
