package com.shoptalk.alexa.wishlist;

import com.shoptalk.catalog.Product;
import com.shoptalk.local.AlexaSimulator;
import com.shoptalk.local.AlexaSimulator.Turn;
import com.shoptalk.testing.Found;
import com.shoptalk.testing.TestSkill;
import com.shoptalk.wishlist.ListName;
import com.shoptalk.wishlist.WishListItem;
import com.shoptalk.wishlist.WishListOwner;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A shopper with an Alexa account of their own, talking to a test skill through a simulated
 * device, so that tests sharing one skill never see each other's lists.
 */
final class Shopper {
  private final TestSkill skill;
  private final AlexaSimulator device;
  private final String userId;
  private final Locale locale;

  private Shopper(TestSkill skill, String localeTag) {
    this.skill = skill;
    this.userId = "amzn1.ask.account." + UUID.randomUUID();
    this.device = skill.device(localeTag).user(userId);
    this.locale = Locale.forLanguageTag(localeTag);
  }

  /** A shopper nobody has heard of yet, on a voice-only device in {@code localeTag}. */
  static Shopper newIn(TestSkill skill, String localeTag) {
    return new Shopper(skill, localeTag);
  }

  Turn say(String utterance) {
    return device.say(utterance);
  }

  AlexaSimulator device() {
    return device;
  }

  /** What a search turn listed, in order; {@code {N}} in an expected sentence is its N-th product's spoken name. */
  Found found(Turn search) {
    return Found.in(search, skill.app(), locale.toLanguageTag());
  }

  /** The lists the whole account shares. */
  WishListOwner account() {
    return WishListOwner.account(userId);
  }

  /** The lists of one recognized voice in this account. */
  WishListOwner person(String personId) {
    return WishListOwner.person(userId, personId);
  }

  /** The one list besides the default list that the account has, as the skill named it. */
  ListName onlyNamedList() {
    List<ListName> named = skill.app().wishLists().lists(account()).stream().filter(list -> !list.isDefault()).toList();
    if (named.size() != 1) {
      throw new AssertionError("expected one named list, got " + named);
    }
    return named.get(0);
  }

  /** The product ids on one of the account's lists, in order. */
  List<String> productIds(ListName list) {
    return productIds(account(), list);
  }

  List<String> productIds(WishListOwner owner, ListName list) {
    return skill.app().wishLists().items(owner, list).stream().map(WishListItem::productId).toList();
  }

  /** A product of this shopper's catalog. */
  Product product(String id) {
    return skill.app().catalogs().forLocale(locale).byId(id)
        .orElseThrow(() -> new IllegalArgumentException("no product " + id + " in the " + locale + " catalog"));
  }

  /** Puts catalog products on the account's default list behind the conversation's back. */
  void saved(String... productIds) {
    for (String id : productIds) {
      skill.app().wishLists().add(account(), ListName.DEFAULT, WishListItem.of(product(id)));
    }
  }
}
