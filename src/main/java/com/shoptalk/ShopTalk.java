package com.shoptalk;

import com.amazonaws.services.simpleemail.AmazonSimpleEmailServiceClientBuilder;
import com.shoptalk.alexa.SkillServices;
import com.shoptalk.catalog.Catalogs;
import com.shoptalk.insights.GiftInsights;
import com.shoptalk.insights.InsightRecorder;
import com.shoptalk.insights.InsightsService;
import com.shoptalk.insights.ProductLinkFiles;
import com.shoptalk.insights.ShopLinks;
import com.shoptalk.mail.Email;
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
  private final Path catalogDir;
  private final Once<Catalogs> catalogs;
  private final Once<DynamoUserRepository> users;
  private final Once<DynamoWishListRepository> wishListRepository;
  private final DynamoQuestionRepository questionRepository;
  private final QuestionService questions;
  private final SharingService sharing;
  private final Once<AccountDeletion> accountDeletion;
  private final MerchantComposition merchant;
  private final Once<SkillComposition> skill;
  private final Once<WebComposition> web;

  /**
   * Wires what both functions share.
   *
   * @param mailer sends the shopper's e-mails; empty when e-mail is off
   * @param catalogDir the folder of the catalogs built ahead, whose link files the counting shop links read
   * @param catalogs the skill's catalogs, asked for when the skill is wired
   */
  public ShopTalk(Config config, DynamoTable table, Clock clock, Optional<Mailer> mailer, Path catalogDir,
      Supplier<Catalogs> catalogs) {
    this.config = config;
    this.clock = clock;
    this.table = table;
    this.mailer = mailer;
    this.catalogDir = catalogDir;
    this.catalogs = new Once<>(catalogs);
    // The shoppers' own data (accounts, wish lists) only the skill reads and writes: the web function never wires it.
    this.users = new Once<>(() -> new DynamoUserRepository(table));
    this.wishListRepository = new Once<>(() -> new DynamoWishListRepository(table));
    this.questionRepository = new DynamoQuestionRepository(table);
    // Shop links lead to the catalogs' product pages, looked up in the catalogs' link files: the web
    // function needs no search index and no catalog for them.
    this.merchant = new MerchantComposition(config, table, clock, new ProductLinkFiles(catalogDir));
    this.questions = new QuestionService(questionRepository, clock, merchant.events());
    var sharingRepository = new DynamoSharingRepository(table);
    this.sharing = new SharingService(sharingRepository, clock, new GiftInsights(merchant::recorder));
    this.accountDeletion = new Once<>(() -> new AccountDeletion(users.get(), wishListRepository.get(),
        questionRepository, sharingRepository, merchant.sharedComments(questionRepository)));
    this.skill = new Once<>(() -> new SkillComposition(config, this.catalogs.get(), clock, mailer, users.get(),
        wishListRepository.get(), questions, accountDeletion.get(), merchant.events(), this::shopLinks, sharing));
    this.web = new Once<>(() -> {
      var pages = new WebComposition(questions, sharing, merchant.shopLinks(), new DynamoRateLimiter(table, clock, 20),
          clock);
      merchant.register(pages.app());
      return pages;
    });
  }

  /**
   * ShopTalk in AWS: the table and settings from the Lambda environment, the catalogs {@code sam build} packed,
   * e-mail through SES (its client made on the first e-mail, or before a SnapStart snapshot).
   */
  public static ShopTalk fromEnvironment() {
    Config config = Config.from(System.getenv());
    if (config.catalogDir() == null) {
      throw new IllegalStateException("no catalog folder: set CATALOG_DIR, or LAMBDA_TASK_ROOT as Lambda does");
    }
    DynamoTable table = DynamoClients.table(config.tableName(), System.getenv());
    Optional<Mailer> mailer = Optional.ofNullable(config.mailSender()).map(SesOnFirstUse::new);
    return new ShopTalk(config, table, Clock.systemUTC(), mailer, config.catalogDir(),
        new PackedCatalogs(config.catalogDir()));
  }

  /**
   * The catalogs {@code sam build} packed, opened when the skill is wired. A class, not a lambda: a lambda returning
   * {@link Catalogs} would load that class when made, and the web function's package has no catalog classes.
   */
  private static final class PackedCatalogs implements Supplier<Catalogs> {
    private final Path folder;

    PackedCatalogs(Path folder) {
      this.folder = folder;
    }

    @Override
    public Catalogs get() {
      return Catalogs.open(folder);
    }
  }

  /**
   * ShopTalk on a laptop: the catalogs built into {@code <dataDir>/catalog} (or {@code CATALOG_DIR}) when their feeds
   * changed; e-mails land as {@code .eml} files in {@code <dataDir>/outbox}.
   */
  public static ShopTalk local(Config config, DynamoTable table, Path dataDir, Clock clock) {
    Mailer outbox = new OutboxMailer(dataDir.resolve("outbox"), "ShopTalk <noreply@shoptalk.local>");
    Path catalogDir = config.catalogDir() != null ? config.catalogDir() : dataDir.resolve("catalog");
    Catalogs catalogs = Catalogs.prepare(config.feeds(), catalogDir);
    return new ShopTalk(config, table, clock, Optional.of(outbox), catalogDir, () -> catalogs);
  }

  /**
   * The same wiring on the same catalogs, over the same table read but never written and without e-mail: what
   * priming runs requests through before a SnapStart snapshot, leaving no data behind.
   */
  public ShopTalk withoutWrites() {
    return new ShopTalk(config, table.withoutWrites(), clock, Optional.empty(), catalogDir, catalogs);
  }

  /**
   * Waits for what {@link #fromEnvironment()} makes in the background (the DynamoDB client): the entry points call it
   * last in their constructors, so a function's init ends with everything made and no request waits for it.
   */
  public void awaitStartUp() {
    table.awaitClient();
  }

  /** Makes now what the first e-mail would otherwise make (the SES client): before a SnapStart snapshot. */
  public void primeMailer() {
    mailer.filter(SesOnFirstUse.class::isInstance).map(SesOnFirstUse.class::cast).ifPresent(SesOnFirstUse::prime);
  }

  /** What the Alexa skill is built from, wired on first use (the catalogs are checked then; each opened on first use). */
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

  /** The product catalogs the skill searches. */
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
    return users.get();
  }

  /** "Delete my data": removes everything stored for an account. */
  public AccountDeletion accountDeletion() {
    return accountDeletion.get();
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
  private static final class Once<T> implements Supplier<T> {
    private final Supplier<T> build;
    private volatile T value;

    Once(Supplier<T> build) {
      this.build = build;
    }

    @Override
    public T get() {
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

  /** E-mail through SES, its client made on the first e-mail (or by {@link #prime}), not at start-up. */
  static final class SesOnFirstUse implements Mailer {
    private final String sender;
    private final Once<Mailer> ses;

    SesOnFirstUse(String sender) {
      this.sender = sender;
      this.ses = new Once<>(() -> new SesMailer(AmazonSimpleEmailServiceClientBuilder.defaultClient(), this.sender));
    }

    @Override
    public void send(Email email) {
      ses.get().send(email);
    }

    /** Makes the client now (before a SnapStart snapshot). */
    void prime() {
      ses.get();
    }
  }
}
