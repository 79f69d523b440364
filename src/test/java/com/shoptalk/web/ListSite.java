package com.shoptalk.web;

import com.shoptalk.insights.InsightRecorder;
import com.shoptalk.insights.ProductDirectory;
import com.shoptalk.insights.ShopLinks;
import com.shoptalk.local.LocalServer;
import com.shoptalk.persistence.DynamoInsightRepository;
import com.shoptalk.persistence.DynamoRateLimiter;
import com.shoptalk.persistence.DynamoSharingRepository;
import com.shoptalk.persistence.DynamoTable;
import com.shoptalk.persistence.DynamoWishListRepository;
import com.shoptalk.persistence.LocalDynamo;
import com.shoptalk.question.Fixtures;
import com.shoptalk.sharing.SharingService;
import com.shoptalk.sharing.Wishes;
import com.shoptalk.testing.FormBrowser;
import com.shoptalk.text.Templates;
import com.shoptalk.wishlist.ListName;
import com.shoptalk.wishlist.WishListItem;
import com.shoptalk.wishlist.WishListOwner;
import com.shoptalk.wishlist.WishListService;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The shared-list page on a real local HTTP server over DynamoDB Local, as the tests use it, with
 * the counting shop links ({@code /go/<code>}) over the test wishes' products.
 */
final class ListSite implements AutoCloseable {
  private static final AtomicInteger TABLES = new AtomicInteger();

  final Fixtures.MutableClock clock = Fixtures.MutableClock.now();
  final WishListService wishLists;
  final SharingService sharing;
  final LocalServer server;
  final WishListOwner owner = WishListOwner.account("amzn1.ask.account." + UUID.randomUUID());
  final DynamoInsightRepository insights;

  /** A site with its own table, so that rate limits and data do not leak between tests. */
  ListSite(LocalDynamo dynamo, int postsPerMinute) throws IOException {
    DynamoTable table = dynamo.table("shoptalk-lists-" + TABLES.incrementAndGet());
    wishLists = new WishListService(new DynamoWishListRepository(table), clock);
    sharing = new SharingService(new DynamoSharingRepository(table), clock);
    insights = new DynamoInsightRepository(table);
    var app = new WebApp(new Templates());
    var shopLinks = new ShopLinks("http://127.0.0.1", ListSite::product, new InsightRecorder(insights, clock));
    ListPages.register(app, sharing, new DynamoRateLimiter(table, clock, postsPerMinute), shopLinks);
    GoRedirect.register(app, shopLinks);
    server = LocalServer.start(0, envelope -> "{}".getBytes(StandardCharsets.UTF_8), app);
  }

  /** Saves wishes on the owner's list and shares it; the link's path. */
  String share(String spokenList, String ownerName, Locale locale, WishListItem... wishes) {
    ListName list = ListName.of(spokenList, locale);
    for (WishListItem wish : wishes) {
      wishLists.add(owner, list, wish);
    }
    return "/l/" + sharing.share(owner, list, ownerName, locale).token();
  }

  /** The id of the wish at a position (0-based) on a shared list, as the page's forms send it. */
  String wishId(String path, int index) {
    return Long.toString(sharing.open(path.substring("/l/".length())).items().get(index).id());
  }

  /** The test wishes as the catalog has them, for the counting links. */
  private static Optional<ProductDirectory.ShopProduct> product(String locale, String productId) {
    return Stream.of(Wishes.loungeChair(), Wishes.teapot(), Wishes.blanket(), Wishes.sessel())
        .filter(wish -> wish.productId().equals(productId))
        .map(wish -> new ProductDirectory.ShopProduct(wish.productId(), wish.title(), wish.link()))
        .findFirst();
  }

  /** A new browser with no cookies yet. */
  FormBrowser browser(String acceptLanguage) {
    return new FormBrowser(server.baseUri(), acceptLanguage);
  }

  @Override
  public void close() {
    server.close();
  }
}
