package com.shoptalk;

import com.shoptalk.alexa.SkillServices;
import com.shoptalk.buying.BuyService;
import com.shoptalk.buying.CountedBuyLinks;
import com.shoptalk.catalog.Catalogs;
import com.shoptalk.friends.AskFriendsService;
import com.shoptalk.insights.ShopLinks;
import com.shoptalk.mail.Mailer;
import com.shoptalk.product.Categories;
import com.shoptalk.product.Comparisons;
import com.shoptalk.product.ProductQuestions;
import com.shoptalk.question.QuestionService;
import com.shoptalk.search.SearchService;
import com.shoptalk.sharing.ShareListService;
import com.shoptalk.sharing.SharingService;
import com.shoptalk.user.AccountDeletion;
import com.shoptalk.user.UserRepository;
import com.shoptalk.user.VisitService;
import com.shoptalk.wishlist.WishListEvents;
import com.shoptalk.wishlist.WishListRepository;
import com.shoptalk.wishlist.WishListService;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;

/** The skill function's wiring: the catalogs and the domain services the skill's handlers use. */
final class SkillComposition {
  private final Catalogs catalogs;
  private final SkillServices services;

  /**
   * @param catalogs the catalogs the skill searches
   * @param wishListEvents told of wish-list saves (the merchant's insights)
   * @param shopLinks the counting shop links "buy it" hands out, asked for on the first hand-over
   */
  SkillComposition(Config config, Catalogs catalogs, Clock clock, Optional<Mailer> mailer, UserRepository users,
      WishListRepository wishLists, QuestionService questions, AccountDeletion accountDeletion,
      WishListEvents wishListEvents, Supplier<ShopLinks> shopLinks, SharingService sharing) {
    this.catalogs = catalogs;
    var searches = new SearchService(catalogs);
    this.services = new SkillServices(
        searches,
        new VisitService(users, clock),
        new WishListService(wishLists, searches::product, clock, wishListEvents),
        questions,
        new AskFriendsService(questions, searches, mailer, config.publicBaseUrl(), clock),
        accountDeletion,
        clock,
        Optional.ofNullable(config.skillId()),
        new ProductQuestions(),
        new Comparisons(searches),
        new Categories(catalogs),
        new BuyService(new CountedBuyLinks(shopLinks), mailer),
        sharing,
        new ShareListService(sharing, mailer, config.publicBaseUrl()));
  }

  Catalogs catalogs() {
    return catalogs;
  }

  SkillServices services() {
    return services;
  }

  WishListService wishLists() {
    return services.wishLists();
  }
}
