package com.shoptalk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shoptalk.catalog.Catalogs;
import com.shoptalk.insights.Counter;
import com.shoptalk.insights.LinkCode;
import com.shoptalk.insights.LinkSource;
import com.shoptalk.insights.ProductDirectory;
import com.shoptalk.insights.ProductLinkFiles;
import com.shoptalk.insights.ProductDirectory.ShopProduct;
import com.shoptalk.insights.ProductRow;
import com.shoptalk.insights.ShownCount;
import com.shoptalk.persistence.LocalDynamo;
import com.shoptalk.testing.TestSkill;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The counting shop links {@code /go/<code>} over real HTTP. */
class GoRedirectTest {
  private static final Map<String, ShopProduct> CATALOG = Map.of(
      "en-US/chair-1", new ShopProduct("chair-1", "Lounge Chair Oslo", "https://shop.example/p/chair-1?color=oak&size=L"),
      "de-DE/sessel-1", new ShopProduct("sessel-1", "Sessel Oslo", "https://shop.example/de/p/sessel-1"),
      "en-US/broken", new ShopProduct("broken", "Broken", "javascript:alert(1)"));
  private static final ProductDirectory PRODUCTS = (locale, id) -> Optional.ofNullable(CATALOG.get(locale + "/" + id));
  private static LocalDynamo dynamo;

  private MerchantSite site;

  @BeforeAll
  static void start() {
    dynamo = LocalDynamo.inMemory();
  }

  @AfterAll
  static void stop() {
    dynamo.close();
  }

  @AfterEach
  void close() {
    if (site != null) {
      site.close();
    }
  }

  private MerchantSite site(ProductDirectory products) {
    site = new MerchantSite(dynamo, MerchantSite.KEY, 1000, products);
    return site;
  }

  @Test
  void sends_a_friend_to_the_shop_page_with_utm_parameters_keeping_the_links_own() {
    var site = site(PRODUCTS);
    String link = site.links.forProduct("chair-1", LinkSource.QUESTION, "en-US");

    var response = site.get(link);

    assertEquals(303, response.statusCode());
    assertEquals("https://shop.example/p/chair-1?color=oak&size=L&utm_source=shoptalk&utm_medium=friends&utm_campaign=ask-friends",
        response.headers().firstValue("Location").orElseThrow());
    assertEquals("no-store", response.headers().firstValue("Cache-Control").orElseThrow());
  }

  @Test
  void buy_links_say_voice_and_buy() {
    var site = site(PRODUCTS);

    var response = site.get(site.links.forProduct("sessel-1", LinkSource.BUY, "de-DE"));

    assertEquals("https://shop.example/de/p/sessel-1?utm_source=shoptalk&utm_medium=voice&utm_campaign=buy",
        response.headers().firstValue("Location").orElseThrow());
  }

  @Test
  void concurrent_clicks_are_counted_exactly() {
    var site = site(PRODUCTS);
    var request = HttpRequest.newBuilder(site.uri(site.links.forProduct("chair-1", LinkSource.LIST, "en-US"))).GET().build();
    var clicks = new ArrayList<CompletableFuture<HttpResponse<Void>>>();
    var http = java.net.http.HttpClient.newHttpClient();
    for (int i = 0; i < 60; i++) {
      clicks.add(http.sendAsync(request, HttpResponse.BodyHandlers.discarding()));
    }
    clicks.forEach(click -> assertEquals(303, click.join().statusCode()));

    assertEquals(new ShownCount(60L), row(site, "chair-1").get(Counter.CLICKS_LIST));
  }

  @Test
  void head_requests_and_prefetches_are_not_counted() {
    var site = site(PRODUCTS);
    var link = site.uri(site.links.forProduct("chair-1", LinkSource.QUESTION, "en-US"));
    for (int i = 0; i < 3; i++) {
      assertEquals(303, site.send(HttpRequest.newBuilder(link).method("HEAD", HttpRequest.BodyPublishers.noBody()).build()).statusCode());
      assertEquals(303, site.get(link.toString(), "Sec-Purpose", "prefetch").statusCode());
    }
    for (int i = 0; i < 3; i++) {
      site.get(link.toString());
    }

    assertEquals(new ShownCount(3L), row(site, "chair-1").get(Counter.CLICKS_QUESTION));
  }

  @Test
  void an_unknown_code_gets_a_404_page_in_the_browsers_language() {
    var site = site(PRODUCTS);

    var english = site.get("/go/nope", "Accept-Language", "en-US");
    var german = site.get("/go/qeeHl6", "Accept-Language", "de-DE,de;q=0.9");

    assertEquals(404, english.statusCode());
    assertTrue(english.body().contains("This shop link does not lead anywhere"), english.body());
    assertEquals(404, german.statusCode());
    assertTrue(german.body().contains("Dieser Shop-Link führt (nicht mehr) zu einem Produkt."), german.body());
  }

  @Test
  void no_code_leads_anywhere_but_a_catalog_products_shop_page() {
    var site = site(PRODUCTS);
    String[] notCatalogLinks = {
        new LinkCode(LinkSource.QUESTION, "en-US", "https://evil.example/").encode(),
        new LinkCode(LinkSource.QUESTION, "de-DE", "chair-1").encode(), // a product of another locale's catalog
        new LinkCode(LinkSource.QUESTION, "en-US", "broken").encode(), // the feed's link is no web link
        "qe" + "aHR0cHM6Ly9ldmlsLmV4YW1wbGU", "qe%2F%2Fevil.example", "..%2F..%2Fmerchant"};
    for (String code : notCatalogLinks) {
      var response = site.get("/go/" + code);
      assertEquals(404, response.statusCode(), code);
      assertTrue(response.headers().firstValue("Location").isEmpty(), code);
    }
  }

  @Test
  void demo_catalog_products_lead_to_their_shop_pages_through_the_catalogs_link_files() {
    var product = Catalogs.prepare(Map.of(), TestSkill.DEMO_CATALOGS).forLocale(java.util.Locale.GERMANY).products().get(0);
    var site = site(new ProductLinkFiles(TestSkill.DEMO_CATALOGS));

    var response = site.get(site.links.forProduct(product.id(), LinkSource.QUESTION, "de-DE"));

    assertEquals(303, response.statusCode());
    assertEquals(product.link() + "?utm_source=shoptalk&utm_medium=friends&utm_campaign=ask-friends",
        response.headers().firstValue("Location").orElseThrow());
  }

  private static ProductRow row(MerchantSite site, String productId) {
    return site.insights.report(site.insights.since("1d")).rows().stream()
        .filter(r -> r.productId().equals(productId)).findFirst().orElseThrow();
  }
}
