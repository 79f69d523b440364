package com.shoptalk.testing;

import com.shoptalk.Config;
import com.shoptalk.ShopTalk;
import com.shoptalk.alexa.SkillHandler;
import com.shoptalk.local.AlexaSimulator;
import com.shoptalk.persistence.DynamoTable;
import com.shoptalk.testing.FaultyDynamo.Faults;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.Map;

/**
 * The skill behind its Lambda entry point on DynamoDB Local behind {@link FaultyDynamo}, with the
 * DynamoDB client as deployed: for hearing what a shopper hears while DynamoDB throttles, fails, is
 * slow or drops connections. {@link #direct()} reads what was really stored, without faults.
 */
public final class FaultySkill implements AutoCloseable {
  private static final String TABLE = "shoptalk-faults";

  private final FaultyDynamo dynamo;
  private final ShopTalk app;
  private final SkillHandler handler;

  private FaultySkill() throws IOException {
    dynamo = FaultyDynamo.start(Faults.none());
    Config config = Config.from(Map.of("TABLE_NAME", TABLE));
    app = ShopTalk.local(config, dynamo.table(TABLE), Files.createTempDirectory("shoptalk-faults"), Clock.systemUTC());
    handler = new SkillHandler(app);
  }

  /** Starts DynamoDB Local, the proxy and the skill; no faults until {@link #faults} says so. */
  public static FaultySkill start() {
    try {
      return new FaultySkill();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The faults the calls from now on meet. */
  public void faults(Faults faults) {
    dynamo.faults(faults);
  }

  public ShopTalk app() {
    return app;
  }

  /** ShopTalk's table seen directly, without faults: what is really stored. */
  public DynamoTable direct() {
    return dynamo.directTable(TABLE);
  }

  /** A simulated device in a locale, for one user, talking to the skill's entry point. */
  public AlexaSimulator device(String locale, String userId) {
    return new AlexaSimulator(TestSkill.SKILL_PACKAGE, handler::handle).locale(locale).user(userId);
  }

  @Override
  public void close() {
    dynamo.close();
  }
}
