package com.shoptalk.alexa;

import com.shoptalk.buying.BuyService;
import com.shoptalk.friends.AskFriendsService;
import com.shoptalk.product.Categories;
import com.shoptalk.product.Comparisons;
import com.shoptalk.product.ProductQuestions;
import com.shoptalk.question.QuestionService;
import com.shoptalk.search.SearchService;
import com.shoptalk.sharing.ShareListService;
import com.shoptalk.sharing.SharingService;
import com.shoptalk.user.AccountDeletion;
import com.shoptalk.user.VisitService;
import com.shoptalk.wishlist.WishListService;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the skill is built from ({@link ShopTalkSkill#build}): the domain services and the
 * skill's settings. Handlers never see this record; each gets the services it uses.
 *
 * @param searches searching and refining the catalog
 * @param visits the shopper's visits: welcome back, last search
 * @param wishLists wish lists
 * @param questions questions to friends and their answers
 * @param asking asking friends: drafting, creating and delivering a question
 * @param accountDeletion deletes everything stored for a user
 * @param clock the time
 * @param skillId the skill id requests must carry; empty accepts any
 * @param productQuestions answers about one product (stock, material, size, brand, colours)
 * @param comparisons products of a list against each other: compare, cheapest, sort
 * @param categories the shop's main categories
 * @param buying hands products to the shop ("buy it")
 * @param sharing shared lists: stopping, the owner's counts, the taken wishes
 * @param shareList sharing a list and delivering its link
 */
public record SkillServices(
    SearchService searches,
    VisitService visits,
    WishListService wishLists,
    QuestionService questions,
    AskFriendsService asking,
    AccountDeletion accountDeletion,
    Clock clock,
    Optional<String> skillId,
    ProductQuestions productQuestions,
    Comparisons comparisons,
    Categories categories,
    BuyService buying,
    SharingService sharing,
    ShareListService shareList) {

  public SkillServices {
    Objects.requireNonNull(searches, "searches");
    Objects.requireNonNull(visits, "visits");
    Objects.requireNonNull(wishLists, "wishLists");
    Objects.requireNonNull(questions, "questions");
    Objects.requireNonNull(accountDeletion, "accountDeletion");
    Objects.requireNonNull(asking, "asking");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(skillId, "skillId");
    Objects.requireNonNull(productQuestions, "productQuestions");
    Objects.requireNonNull(comparisons, "comparisons");
    Objects.requireNonNull(categories, "categories");
    Objects.requireNonNull(buying, "buying");
    Objects.requireNonNull(sharing, "sharing");
    Objects.requireNonNull(shareList, "shareList");
  }
}
