package com.shoptalk.alexa;

import com.amazon.ask.Skill;
import com.amazon.ask.builder.CustomSkillBuilder;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.shoptalk.alexa.browse.BrowseCategoriesHandler;
import com.shoptalk.alexa.buying.BuyAnswers;
import com.shoptalk.alexa.buying.BuyHandler;
import com.shoptalk.alexa.buying.BuyOfferAction;
import com.shoptalk.alexa.friends.AddWinnerAction;
import com.shoptalk.alexa.friends.AskFriendsAboutThisHandler;
import com.shoptalk.alexa.friends.AskFriendsForIdeasHandler;
import com.shoptalk.alexa.friends.AskFriendsWhichOneHandler;
import com.shoptalk.alexa.friends.CloseQuestionHandler;
import com.shoptalk.alexa.friends.CreateQuestionAction;
import com.shoptalk.alexa.friends.DeleteQuestionHandler;
import com.shoptalk.alexa.friends.EmailPermissionAction;
import com.shoptalk.alexa.friends.FriendsNews;
import com.shoptalk.alexa.friends.FriendsVerdictHandler;
import com.shoptalk.alexa.friends.ListQuestionsHandler;
import com.shoptalk.alexa.friends.VerdictAnswers;
import com.shoptalk.alexa.handlers.CanFulfillHandler;
import com.shoptalk.alexa.handlers.DeleteMyDataHandler;
import com.shoptalk.alexa.handlers.FallbackHandler;
import com.shoptalk.alexa.handlers.HelpHandler;
import com.shoptalk.alexa.handlers.LaunchHandler;
import com.shoptalk.alexa.handlers.RepeatHandler;
import com.shoptalk.alexa.handlers.SessionEndedHandler;
import com.shoptalk.alexa.handlers.SkillEventHandler;
import com.shoptalk.alexa.handlers.StartOverHandler;
import com.shoptalk.alexa.handlers.StopHandler;
import com.shoptalk.alexa.handlers.UnhandledIntentHandler;
import com.shoptalk.alexa.handlers.UnknownRequestHandler;
import com.shoptalk.alexa.handlers.YesNoHandler;
import com.shoptalk.alexa.listing.CompareHandler;
import com.shoptalk.alexa.listing.CountHandler;
import com.shoptalk.alexa.listing.ReadAgainHandler;
import com.shoptalk.alexa.listing.SortHandler;
import com.shoptalk.alexa.listing.SuperlativeHandler;
import com.shoptalk.alexa.product.AvailabilityHandler;
import com.shoptalk.alexa.product.BrandHandler;
import com.shoptalk.alexa.product.ColorsHandler;
import com.shoptalk.alexa.product.MaterialHandler;
import com.shoptalk.alexa.product.ProductDetailsHandler;
import com.shoptalk.alexa.product.SizeHandler;
import com.shoptalk.alexa.search.CheaperHandler;
import com.shoptalk.alexa.search.LastSearchAction;
import com.shoptalk.alexa.search.NextHandler;
import com.shoptalk.alexa.search.PreviousHandler;
import com.shoptalk.alexa.search.PriceHandler;
import com.shoptalk.alexa.search.RefineSearchHandler;
import com.shoptalk.alexa.search.SearchAnswers;
import com.shoptalk.alexa.search.SearchResultsReader;
import com.shoptalk.alexa.search.ReviewsHandler;
import com.shoptalk.alexa.search.ScreenTouchHandler;
import com.shoptalk.alexa.search.SearchHandler;
import com.shoptalk.alexa.search.SelectItemHandler;
import com.shoptalk.alexa.search.SuggestionAction;
import com.shoptalk.alexa.sharing.RevealReservationsHandler;
import com.shoptalk.alexa.sharing.ShareListHandler;
import com.shoptalk.alexa.sharing.StopSharingHandler;
import com.shoptalk.alexa.wishlist.AddToWishListHandler;
import com.shoptalk.alexa.wishlist.ClearWishListHandler;
import com.shoptalk.alexa.wishlist.ListWishListsHandler;
import com.shoptalk.alexa.wishlist.ReadWishListHandler;
import com.shoptalk.alexa.wishlist.RemoveFromWishListHandler;
import com.shoptalk.alexa.wishlist.ListChoice;
import com.shoptalk.alexa.wishlist.WishListReader;
import java.util.ArrayList;
import java.util.List;

/** Wires ShopTalk's request handlers into an ASK SDK skill. Handler order matters: specific first. */
public final class ShopTalkSkill {
  private ShopTalkSkill() {}

  /** The skill on ShopTalk's services; checks the skill id when one is set. */
  public static Skill build(SkillServices services) {
    var searches = services.searches();
    var wishLists = services.wishLists();
    var selection = new Selection(searches);
    var lists = new ListChoice(wishLists);
    var answers = new SearchAnswers(services.visits());
    var pages = new Pages(List.of(new SearchResultsReader(searches), new WishListReader(wishLists, lists)));
    var deleteMyData = new DeleteMyDataHandler(services.accountDeletion());
    var clearList = new ClearWishListHandler(wishLists, lists);
    var shareList = new ShareListHandler(wishLists, lists, services.shareList());
    var revealReservations = new RevealReservationsHandler(services.sharing(), lists);
    var questions = services.questions();
    var asking = services.asking();
    var clock = services.clock();
    var verdicts = new VerdictAnswers(questions, services.visits(), clock);
    var deleteQuestion = new DeleteQuestionHandler(questions);
    var friendsNews = new FriendsNews(questions, verdicts);
    var productQuestions = services.productQuestions();
    var buyAnswers = new BuyAnswers(services.buying());
    List<PendingAction> pendingActions = List.of(deleteMyData, new SuggestionAction(searches, answers),
        new LastSearchAction(searches, answers), clearList, new CreateQuestionAction(asking), new EmailPermissionAction(),
        new AddWinnerAction(searches, wishLists), deleteQuestion, friendsNews,
        new BuyOfferAction(selection, buyAnswers), shareList, revealReservations);
    List<LaunchAnnouncement> announcements = List.of(friendsNews);

    List<RequestHandler> handlers = new ArrayList<>();
    handlers.add(new SkillEventHandler(services.accountDeletion()));
    handlers.add(new CanFulfillHandler());
    handlers.add(new LaunchHandler(services.visits(), announcements));
    handlers.add(new YesNoHandler(pendingActions));
    handlers.add(new HelpHandler());
    handlers.add(new StopHandler());
    handlers.add(new RepeatHandler());
    handlers.add(new StartOverHandler());
    handlers.add(new FallbackHandler());
    handlers.add(new SearchHandler(searches, answers));
    handlers.add(new NextHandler(pages));
    handlers.add(new PreviousHandler(pages));
    handlers.add(new SelectItemHandler(selection));
    handlers.add(new ProductDetailsHandler(selection, productQuestions));
    handlers.add(new PriceHandler(selection));
    handlers.add(new ColorsHandler(selection, productQuestions));
    handlers.add(new ReviewsHandler(selection));
    handlers.add(new AvailabilityHandler(selection, productQuestions));
    handlers.add(new MaterialHandler(selection, productQuestions));
    handlers.add(new SizeHandler(selection, productQuestions));
    handlers.add(new BrandHandler(selection, productQuestions));
    handlers.add(new CompareHandler(services.comparisons()));
    handlers.add(new SuperlativeHandler(services.comparisons()));
    handlers.add(new SortHandler(services.comparisons(), pages));
    handlers.add(new CountHandler());
    handlers.add(new ReadAgainHandler(pages));
    handlers.add(new BuyHandler(selection, buyAnswers));
    handlers.add(new BrowseCategoriesHandler(services.categories()));
    handlers.add(new CheaperHandler(searches, answers));
    handlers.add(new RefineSearchHandler(searches, answers));
    handlers.add(new ScreenTouchHandler(searches));
    handlers.add(new AddToWishListHandler(wishLists, lists, selection));
    handlers.add(new ReadWishListHandler(wishLists, lists, services.sharing()));
    handlers.add(new RemoveFromWishListHandler(wishLists, lists));
    handlers.add(clearList);
    handlers.add(new ListWishListsHandler(wishLists));
    handlers.add(shareList);
    handlers.add(new StopSharingHandler(services.sharing(), lists));
    handlers.add(revealReservations);
    handlers.add(new AskFriendsAboutThisHandler(asking, clock));
    handlers.add(new AskFriendsWhichOneHandler(asking, clock));
    handlers.add(new AskFriendsForIdeasHandler(asking, clock));
    handlers.add(new FriendsVerdictHandler(verdicts));
    handlers.add(new ListQuestionsHandler(questions));
    handlers.add(new CloseQuestionHandler(questions));
    handlers.add(deleteQuestion);
    handlers.add(deleteMyData);
    handlers.add(new SessionEndedHandler());
    handlers.add(new UnhandledIntentHandler());
    handlers.add(new UnknownRequestHandler());

    var builder = new CustomSkillBuilder().withApiClient(new JdkApiClient());
    handlers.forEach(builder::addRequestHandler);
    builder
        .addRequestInterceptor(new TurnName())
        .addRequestInterceptor(new PendingQuestionInterceptor())
        .addResponseInterceptor(new LastResponseInterceptor())
        .addResponseInterceptor(new Bookkeeping())
        .addExceptionHandler(new ErrorHandler());
    services.skillId().ifPresent(builder::withSkillId);
    return builder.build();
  }
}
