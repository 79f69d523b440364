package com.shoptalk.alexa.sharing;

import com.shoptalk.alexa.friends.FriendsSkill;
import com.shoptalk.catalog.Product;
import com.shoptalk.local.AlexaSimulator;
import com.shoptalk.sharing.ListShare;
import com.shoptalk.sharing.SharingService;
import com.shoptalk.wishlist.ListName;
import com.shoptalk.wishlist.WishListItem;
import com.shoptalk.wishlist.WishListOwner;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ShopTalk for the shared-list conversations: the skill and the local server (pages, profile API)
 * of the "ask my friends" tests, with wish lists saved straight from the demo catalog.
 */
final class SharingSkill implements AutoCloseable {
  private static final Pattern LINK = Pattern.compile("https?://\\S+/l/([A-Za-z0-9_-]+)");
  static final WishListOwner OWNER = WishListOwner.account(FriendsSkill.USER);

  final FriendsSkill shop = FriendsSkill.start();

  /**
   * The birthday list as the skill keeps it after "birthday list" or "Geburtstagsliste": the slot's
   * resolved id as its key, the name as first said.
   */
  static ListName birthday(String locale) {
    return new ListName("birthday", locale.startsWith("de") ? "Geburtstagsliste" : "birthday list");
  }

  /** A device in a locale, no permissions granted yet. */
  AlexaSimulator device(String locale) {
    return shop.device(locale);
  }

  SharingService sharing() {
    return shop.skill.app().sharing();
  }

  /** Saves the first {@code count} products of the locale's demo catalog on a list; the products. */
  List<Product> save(String locale, ListName list, int count) {
    Locale language = Locale.forLanguageTag(locale);
    List<Product> products = shop.skill.app().catalogs().forLocale(language).products().subList(0, count);
    for (Product product : products) {
      shop.skill.app().wishLists().add(OWNER, list, WishListItem.of(product));
    }
    return products;
  }

  /** The share of a list, as friends open it. */
  ListShare share(ListName list) {
    return sharing().shareOf(OWNER, list).orElseThrow(() -> new AssertionError("not shared: " + list));
  }

  /** A friend reserves the wish at a position (0-based) on a shared list. */
  void reserve(ListName list, int position, String friend, String name) {
    String token = share(list).token();
    sharing().reserve(token, sharing().open(token).items().get(position).id(), friend, name, "psst");
  }

  /** The token of the first list link in a text (a card, an e-mail). */
  static String tokenIn(String text) {
    Matcher link = LINK.matcher(text);
    if (!link.find()) {
      throw new AssertionError("no list link in:\n" + text);
    }
    return link.group(1);
  }

  @Override
  public void close() {
    shop.close();
  }
}
