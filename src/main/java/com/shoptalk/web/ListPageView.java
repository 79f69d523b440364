package com.shoptalk.web;

import com.shoptalk.insights.LinkSource;
import com.shoptalk.insights.ShopLinks;
import com.shoptalk.sharing.ListShare;
import com.shoptalk.sharing.Reservation;
import com.shoptalk.sharing.ShareListService;
import com.shoptalk.sharing.SharedItem;
import com.shoptalk.sharing.SharedList;
import com.shoptalk.text.Messages;
import com.shoptalk.text.Prices;
import com.shoptalk.text.Templates;
import com.shoptalk.wishlist.WishListItem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** What a shared list's page shows, as the {@code list} template's scope, in the browser's language. */
final class ListPageView {
  private static final String TEXTS = "lists.page.";

  private final Templates templates;
  private final ShopLinks shopLinks;

  ListPageView(Templates templates, ShopLinks shopLinks) {
    this.templates = templates;
    this.shopLinks = shopLinks;
  }

  /** A notice on top of the page: why a friend's tap changed nothing. */
  record Notice(String key, String item) {
    static Notice of(String key) {
      return new Notice(key, null);
    }

    /** "Someone was quicker: {item} is already taken." */
    static Notice quicker(String item) {
      return new Notice("lists.page.quicker", Objects.requireNonNull(item, "item"));
    }
  }

  /**
   * The page of a shared list for one friend's browser.
   *
   * @param friend the browser's friend id: its own reservations get undo and "bought"
   * @param notice shown on top, or {@code null}
   */
  WebResponse render(WebRequest request, SharedList list, String friend, String csrf, Notice notice, int status) {
    Messages m = WebApp.messagesFor(request);
    Locale locale = m.locale();
    ListShare share = list.share();
    var scope = new HashMap<String, Object>();
    scope.put("lang", locale.getLanguage());
    scope.put("token", share.token());
    scope.put("csrf", csrf);
    scope.put("t", PageTexts.withPrefix(m, TEXTS));
    String owner = share.ownerName();
    scope.put("ownerName", owner);
    scope.put("heading", PageTexts.split(m.raw(TEXTS + "heading"), "name"));
    scope.put("intro", PageTexts.split(m.raw(TEXTS + "intro"), "name"));
    String listName = share.list().isDefault() ? null : ShareListService.listText(share.list(), locale);
    scope.put("listName", listName);
    String heading = owner == null ? m.raw(TEXTS + "heading.anonymous") : m.raw(TEXTS + "heading").replace("{name}", owner);
    scope.put("pageTitle", listName == null ? heading : heading + ": " + listName);

    int count = list.items().size();
    int free = count - list.taken();
    scope.put("empty", count == 0);
    scope.put("freeLine", free == 0 ? m.raw(TEXTS + "free.none")
        : count == 1 ? m.raw(TEXTS + "free.one") : m.text(TEXTS + "free", "free", free, "count", count));
    scope.put("ogDescription", count == 1 ? m.raw(TEXTS + "og.description.one")
        : m.text(TEXTS + "og.description", "count", count));
    list.items().stream().map(i -> i.item().imageLink()).filter(Objects::nonNull).findFirst()
        .ifPresent(image -> scope.put("ogImage", image));

    var wishes = new ArrayList<Map<String, Object>>();
    for (SharedItem item : list.items()) {
      wishes.add(wish(item, friend, m, shopLink(item.item(), share)));
    }
    scope.put("wishes", wishes);
    // The name this friend gave last time, so they need not type it again.
    list.items().stream().map(SharedItem::reservation).filter(r -> r != null && r.isBy(friend) && r.friendName() != null)
        .max(Comparator.comparing(Reservation::at))
        .ifPresent(r -> scope.put("myName", r.friendName()));
    if (notice != null) {
      scope.put("notice", notice(notice, m));
    }
    return WebResponse.of(status, "text/html; charset=utf-8", templates.render("list", scope));
  }

  /** The page of a link whose owner stopped sharing the list (410). */
  WebResponse revoked(WebRequest request) {
    Messages m = WebApp.messagesFor(request);
    var scope = Map.of(
        "lang", m.locale().getLanguage(),
        "title", m.raw(TEXTS + "revoked.title"),
        "message", m.raw(TEXTS + "revoked"),
        "status", 410);
    return WebResponse.of(410, "text/html; charset=utf-8", templates.render("error", scope));
  }

  /**
   * The wish's shop link as a counting link ({@code /go/<code>}, so the merchant learns that word of
   * mouth worked); none when the product has no shop page.
   */
  private String shopLink(WishListItem item, ListShare share) {
    return shopLinks.toShow(item.productId(), item.link(), LinkSource.LIST, share.locale()).orElse(null);
  }

  private static Map<String, Object> wish(SharedItem shared, String friend, Messages m, String link) {
    WishListItem item = shared.item();
    Reservation r = shared.reservation();
    boolean mine = r != null && r.isBy(friend);
    var wish = new HashMap<String, Object>();
    wish.put("id", shared.id());
    wish.put("name", item.title());
    wish.put("image", item.imageLink());
    wish.put("link", link);
    wish.put("price", item.price() == null ? null : Prices.format(item.price(), item.currency(), m.locale()));
    wish.put("taken", r != null);
    wish.put("free", r == null);
    wish.put("mine", mine);
    wish.put("other", r != null && !mine);
    wish.put("bought", r != null && r.bought());
    wish.put("note", r == null ? null : r.note());
    wish.put("state", r == null ? null : m.raw(TEXTS + (r.bought() ? "boughtByOther" : "taken")));
    Map<String, String> by = null;
    if (r != null && !mine && r.friendName() != null) {
      by = new HashMap<>(PageTexts.split(m.raw(TEXTS + (r.bought() ? "boughtBy" : "takenBy")), "name"));
      by.put("name", r.friendName());
    }
    wish.put("by", by);
    return wish;
  }

  private static Map<String, Object> notice(Notice notice, Messages m) {
    var scope = new HashMap<String, Object>();
    scope.put("quicker", notice.item() != null);
    scope.put("item", notice.item());
    scope.putAll(PageTexts.split(m.raw(notice.key()), "item"));
    scope.put("text", m.raw(notice.key()));
    return scope;
  }
}
