package com.shoptalk.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shoptalk.insights.FriendComment;
import com.shoptalk.insights.InsightEvents;
import com.shoptalk.insights.InsightRecorder;
import com.shoptalk.insights.SharedComments;
import com.shoptalk.persistence.DynamoInsightRepository;
import com.shoptalk.persistence.DynamoQuestionRepository;
import com.shoptalk.persistence.DynamoSharingRepository;
import com.shoptalk.persistence.DynamoTable;
import com.shoptalk.persistence.DynamoUserRepository;
import com.shoptalk.persistence.DynamoWishListRepository;
import com.shoptalk.persistence.LocalDynamo;
import com.shoptalk.question.Fixtures;
import com.shoptalk.question.Question;
import com.shoptalk.question.QuestionService;
import com.shoptalk.sharing.SharingService;
import com.shoptalk.wishlist.ListName;
import com.shoptalk.wishlist.WishListItem;
import com.shoptalk.wishlist.WishListOwner;
import com.shoptalk.wishlist.WishListService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** "Delete my data" against DynamoDB Local: every repository gives up what belongs to the user. */
class AccountDeletionTest {
  private static final String USER = "amzn1.ask.account.LEAVING";
  private static final String OTHER = "amzn1.ask.account.STAYING";

  private static LocalDynamo dynamo;
  private static DynamoTable table;

  @BeforeAll
  static void startDynamo() {
    dynamo = LocalDynamo.inMemory();
    table = dynamo.table("shoptalk");
  }

  @AfterAll
  static void stopDynamo() {
    dynamo.close();
  }

  @Test
  void deletes_profile_wish_lists_shares_reservations_questions_and_answers_of_the_user_and_nothing_else() {
    var users = new DynamoUserRepository(table);
    var wishListRepository = new DynamoWishListRepository(table);
    var questionRepository = new DynamoQuestionRepository(table);
    var sharingRepository = new DynamoSharingRepository(table);
    var wishLists = new WishListService(wishListRepository, Clock.systemUTC());
    var insights = new DynamoInsightRepository(table);
    var questions = new QuestionService(questionRepository, Clock.systemUTC(),
        new InsightEvents(new InsightRecorder(insights, Clock.systemUTC())));
    var sharing = new SharingService(sharingRepository, Clock.systemUTC());
    Question question = null;
    String share = null;
    for (String user : List.of(USER, OTHER)) {
      users.save(UserProfile.newUser(user).withLastVisit(Instant.now()).withLastSearch("lamps"));
      wishLists.add(WishListOwner.account(user), ListName.of("birthday", null), item("a"));
      wishLists.add(WishListOwner.person(user, "amzn1.ask.person.ANNA"), ListName.DEFAULT, item("b"));
      question = questions.create(Fixtures.whichOne(user));
      questions.vote(question.token(), "friend-1", 1, "Ben", "the second for " + user, true);
      share = sharing.share(WishListOwner.account(user), ListName.of("birthday", null), "Anna", Locale.US).token();
      sharing.reserve(share, sharing.open(share).items().get(0).id(), "friend-1-browser-000000", "Ben", "secret");
    }
    String leavingToken = questionRepository.questionsOf(USER).get(0).token();
    String leavingShare = sharingRepository.sharesOf(WishListOwner.account(USER), ListName.of("birthday", null)).get(0).token();

    new AccountDeletion(users, wishListRepository, questionRepository, sharingRepository,
        new SharedComments(insights, questionRepository)).deleteAllOf(USER);

    assertEquals(List.of(), table.query(DynamoUserRepository.userKey(USER)));
    assertEquals(List.of(), table.query("Q#" + leavingToken));
    assertEquals(List.of(), table.query("SHARE#" + leavingShare));
    assertEquals(1, sharing.open(share).taken());
    assertTrue(users.find(OTHER).isPresent());
    assertEquals(2, wishLists.summaries(WishListOwner.account(OTHER)).size() + wishLists.summaries(WishListOwner.person(OTHER, "amzn1.ask.person.ANNA")).size());
    assertEquals(1, questions.tally(question.token()).voters());
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    assertEquals(List.of("the second for " + OTHER),
        insights.comments(today.minusDays(1), today.plusDays(1), 10).stream().map(FriendComment::text).toList(),
        "only the staying user's friends' comments remain for the shop");
  }

  private static WishListItem item(String productId) {
    return new WishListItem(productId, "Product " + productId, null, null, null, null, null, null);
  }
}
