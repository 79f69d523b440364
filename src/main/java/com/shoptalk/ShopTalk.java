package com.shoptalk;

import com.amazonaws.services.dynamodbv2.AmazonDynamoDBClientBuilder;
import com.shoptalk.persistence.DynamoTable;
import com.shoptalk.persistence.DynamoUserRepository;
import com.shoptalk.user.UserRepository;
import com.shoptalk.web.Templates;
import com.shoptalk.web.WebApp;
import java.time.Clock;

/**
 * The composition root: every service and repository ShopTalk runs with, wired once per process
 * (per Lambda container, before a SnapStart snapshot) and shared by the skill and the web pages.
 */
public final class ShopTalk {
  private final Config config;
  private final Clock clock;
  private final DynamoTable table;
  private final DynamoUserRepository users;
  private final WebApp webApp;

  public ShopTalk(Config config, DynamoTable table, Clock clock) {
    this.config = config;
    this.clock = clock;
    this.table = table;
    this.users = new DynamoUserRepository(table);
    this.webApp = new WebApp(new Templates());
  }

  /** ShopTalk in AWS: the table and settings from the Lambda environment. */
  public static ShopTalk fromEnvironment() {
    Config config = Config.from(System.getenv());
    var table = new DynamoTable(AmazonDynamoDBClientBuilder.defaultClient(), config.tableName());
    return new ShopTalk(config, table, Clock.systemUTC());
  }

  public Config config() {
    return config;
  }

  public Clock clock() {
    return clock;
  }

  public DynamoTable table() {
    return table;
  }

  public UserRepository users() {
    return users;
  }

  public WebApp webApp() {
    return webApp;
  }
}
