package com.shoptalk;

import com.amazonaws.services.simpleemail.AmazonSimpleEmailServiceClientBuilder;
import com.shoptalk.alexa.SkillServices;
import com.shoptalk.catalog.Catalogs;
import com.shoptalk.insights.CatalogProducts;
import com.shoptalk.insights.GiftInsights;
import com.shoptalk.insights.InsightRecorder;
import com.shoptalk.insights.ProductDirectory;
import com.shoptalk.insights.InsightsService;
import com.shoptalk.insights.ShopLinks;
import com.shoptalk.mail.Mailer;
import com.shoptalk.mail.OutboxMailer;
import com.shoptalk.mail.SesMailer;
import com.shoptalk.persistence.DynamoClients;
import com.shoptalk.persistence.DynamoQuestionRepository;
import com.shoptalk.persistence.DynamoRateLimiter;
import com.shoptalk.persistence.DynamoSharingRepository;
import com.shoptalk.persistence.DynamoTable;
import com.shoptalk.persistence.DynamoUserRepository;
import com.shoptalk.persistence.DynamoWishListRepository;
import com.shoptalk.question.QuestionService;
import com.shoptalk.sharing.SharingService;
import com.shoptalk.user.AccountDeletion;
import com.shoptalk.user.UserRepository;
import com.shoptalk.web.WebApp;
import com.shoptalk.wishlist.WishListService;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The composition root: what the skill and the web pages share (settings, clock, the table's
 * repositories, the mailer), and each function's own wiring, built on first use — the web
 * function never builds the skill's ({@link SkillComposition}: catalogs, ASK SDK), the skill
 * never builds the pages' ({@link WebComposition}). Built once per process (per Lambda container,
 * before a SnapStart snapshot).
 *
 * <p>Nothing below this class sees it: handlers and pages get the services they use through their
 * constructors. Its accessors serve the entry points, the local run and tests.
 */
public final class ShopTalk {
  private final Config config;
  private final Clock clock;
  private final DynamoTable table;
  private final Optional<Mailer> mailer;
  private final DynamoUserRepository users;
  private final DynamoWishListRepository wishListRepository;
  private final DynamoQuestionRepository questionRepository;
  private final QuestionService questions;
  private final SharingService sharing;
  private final AccountDeletion accountDeletion;
  private final MerchantComposition merchant;
  private final CatalogProducts feedProducts;
  private final Once<CatalogProducts> skillProducts;
  private final Once<SkillComposition> skill;
  private final Once<WebComposition> web;

  /**
   * Wires what both functions share.
   *
   * @param mailer sends the shopper's e-mails; empty when e-mail is off
   */
  public ShopTalk(Config config, DynamoTable table, Clock clock, Optional<Mailer> mailer) {
    this.config = config;
    this.clock = clock;
    this.table = table;
    this.mailer = mailer;
    this.users = new DynamoUserRepository(table);
    this.wishListRepository = new DynamoWishListRepository(table);
    this.questionRepository = new DynamoQuestionRepository(table);
    this.feedProducts = CatalogProducts.fromFeeds(config.feeds());
    this.skillProducts = new Once<>(() -> CatalogProducts.of(catalogs()));
    this.merchant = new MerchantComposition(config, table, clock, this::shopProduct);
    this.questions = new QuestionService(questionRepository, clock, merchant.events());
    var sharingRepository = new DynamoSharingRepository(table);
    this.sharing = new SharingService(sharingRepository, clock, new GiftInsights(merchant::recorder));
    this.accountDeletion = new AccountDeletion(users, wishListRepository, questionRepository, sharingRepository,
        merchant.sharedComments(questionRepository));
    this.skill = new Once<>(() -> new SkillComposition(config, clock, mailer, users, wishListRepository, questions,
        accountDeletion, merchant.events(), this::shopLinks, sharing));
    this.web = new Once<>(() -> {
      var pages = new WebComposition(questions, sharing, merchant.shopLinks(), new DynamoRateLimiter(table, clock, 20),
          clock);
      merchant.register(pages.app());
      return pages;
    });
  }

  /** ShopTalk in AWS: the table and settings from the Lambda environment, e-mail through SES. */
  public static ShopTalk fromEnvironment() {
    Config config = Config.from(System.getenv());
    DynamoTable table = DynamoClients.table(config.tableName(), System.getenv());
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

  /** What the Alexa skill is built from, wired on first use (the catalogs are indexed then, before a snapshot). */
  public SkillServices skillServices() {
    return skillComposition().services();
  }

  /** The friends' web pages, wired on first use; they need no catalog and no ASK SDK. */
  public WebApp webApp() {
    return webComposition().app();
  }

  private SkillComposition skillComposition() {
    return skill.get();
  }

  private WebComposition webComposition() {
    return web.get();
  }

  /**
   * A product shop links lead to: from the skill's catalogs where the skill runs too (the local
   * run), else (the web function) from the feeds, read without a search index on the first link followed.
   */
  private Optional<ProductDirectory.ShopProduct> shopProduct(String locale, String productId) {
    return (skill.built() ? skillProducts.get() : feedProducts).find(locale, productId);
  }

  /** The product catalogs the skill searches (indexed with the skill). */
  public Catalogs catalogs() {
    return skillComposition().catalogs();
  }

  /** The skill's wish lists. */
  public WishListService wishLists() {
    return skillComposition().wishLists();
  }

  public QuestionService questions() {
    return questions;
  }

  /** Shared wish lists and friends' reservations. */
  public SharingService sharing() {
    return sharing;
  }

  public UserRepository users() {
    return users;
  }

  /** "Delete my data": removes everything stored for an account. */
  public AccountDeletion accountDeletion() {
    return accountDeletion;
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

  /** A value built on first use, once, whichever thread asks first. */
  private static final class Once<T> {
    private final Supplier<T> build;
    private volatile T value;

    Once(Supplier<T> build) {
      this.build = build;
    }

    /** Whether the value was built already. */
    boolean built() {
      return value != null;
    }

    T get() {
      T built = value;
      if (built == null) {
        synchronized (this) {
          built = value;
          if (built == null) {
            built = build.get();
            value = built;
          }
        }
      }
      return built;
    }
  }

  /** Records what the merchant's report counts; never fails the caller. */
  public InsightRecorder insights() {
    return merchant.recorder();
  }

  /** The counting shop links ({@code /go/<code>}) for every product link ShopTalk hands out. */
  public ShopLinks shopLinks() {
    return merchant.shopLinks();
  }

  /** The merchant's report. */
  public InsightsService insightsReport() {
    return merchant.insights();
  }
}
