package com.shoptalk;

import com.amazonaws.client.builder.AwsClientBuilder;
import com.amazonaws.services.dynamodbv2.AmazonDynamoDBClientBuilder;
import com.amazonaws.services.simpleemail.AmazonSimpleEmailServiceClientBuilder;
import com.shoptalk.persistence.DynamoTable;
import com.shoptalk.persistence.DynamoQuestionRepository;
import com.shoptalk.persistence.DynamoRateLimiter;
import com.shoptalk.web.QuestionPages;
import com.shoptalk.persistence.DynamoUserRepository;
import com.shoptalk.question.QuestionService;
import com.shoptalk.persistence.DynamoWishListRepository;
import com.shoptalk.wishlist.WishListService;
import com.shoptalk.user.AccountDeletion;
import com.shoptalk.user.UserRepository;
import com.shoptalk.text.Templates;
import com.shoptalk.web.WebApp;
import com.shoptalk.catalog.Catalogs;
import com.shoptalk.mail.Mailer;
import com.shoptalk.mail.OutboxMailer;
import com.shoptalk.mail.SesMailer;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * The composition root: every service and repository ShopTalk runs with, wired once per process
 * (per Lambda container, before a SnapStart snapshot) and shared by the skill and the web pages.
 */
public final class ShopTalk {
  private final Config config;
  private final Clock clock;
  private final DynamoTable table;
  private final DynamoUserRepository users;
  private final Optional<Mailer> mailer;
  private volatile Catalogs catalogs;
  private final WishListService wishLists;
  private final QuestionService questions;
  private final AccountDeletion accountDeletion;
  private final WebApp webApp;

  /**
   * Wires ShopTalk.
   *
   * @param mailer sends the shopper's e-mails; empty when e-mail is off
   */
  public ShopTalk(Config config, DynamoTable table, Clock clock, Optional<Mailer> mailer) {
    this.config = config;
    this.clock = clock;
    this.table = table;
    this.mailer = mailer;
    this.users = new DynamoUserRepository(table);
    this.webApp = new WebApp(new Templates());
    var wishListRepository = new DynamoWishListRepository(table);
    this.wishLists = new WishListService(wishListRepository, clock);
    var questionRepository = new DynamoQuestionRepository(table);
    this.accountDeletion = new AccountDeletion(users, wishListRepository, questionRepository);
    this.questions = new QuestionService(questionRepository, clock);
    QuestionPages.register(webApp, questions, new DynamoRateLimiter(table, clock, 20), clock);
  }

  /** ShopTalk in AWS: the table and settings from the Lambda environment, e-mail through SES. */
  public static ShopTalk fromEnvironment() {
    Config config = Config.from(System.getenv());
    String endpoint = System.getenv("DYNAMODB_ENDPOINT");
    DynamoTable table;
    if (endpoint == null || endpoint.isBlank()) {
      table = new DynamoTable(AmazonDynamoDBClientBuilder.defaultClient(), config.tableName());
    } else {
      // sam local invoke against a DynamoDB Local container: no AWS account, the table made on demand
      var client = AmazonDynamoDBClientBuilder.standard()
          .withEndpointConfiguration(new AwsClientBuilder.EndpointConfiguration(endpoint,
              System.getenv().getOrDefault("AWS_REGION", "us-east-1")))
          .build();
      table = new DynamoTable(client, config.tableName()).createIfMissing();
    }
    // The SES client is built here, before a SnapStart snapshot, not on a shopper's first e-mail.
    Optional<Mailer> mailer = Optional.ofNullable(config.mailSender())
        .map(sender -> new SesMailer(AmazonSimpleEmailServiceClientBuilder.defaultClient(), sender));
    return new ShopTalk(config, table, Clock.systemUTC(), mailer);
  }

  /** ShopTalk on a laptop: e-mails land as {@code .eml} files in {@code <dataDir>/outbox}. */
  public static ShopTalk local(Config config, DynamoTable table, Path dataDir, Clock clock) {
    Mailer outbox = new OutboxMailer(dataDir.resolve("outbox"), "ShopTalk <noreply@shoptalk.local>");
    return new ShopTalk(config, table, clock, Optional.of(outbox));
  }

  /**
   * The product catalogs, read and indexed on first use — by the skill's constructor, so that a
   * SnapStart snapshot holds the index; the web pages never need them.
   */
  public Catalogs catalogs() {
    Catalogs loaded = catalogs;
    if (loaded == null) {
      synchronized (this) {
        loaded = catalogs;
        if (loaded == null) {
          loaded = Catalogs.load(config.feeds());
          catalogs = loaded;
        }
      }
    }
    return loaded;
  }

  public WishListService wishLists() {
    return wishLists;
  }

  public QuestionService questions() {
    return questions;
  }

  public Optional<Mailer> mailer() {
    return mailer;
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

  /** "Delete my data": removes everything stored for an account. */
  public AccountDeletion accountDeletion() {
    return accountDeletion;
  }

  public WebApp webApp() {
    return webApp;
  }
}
