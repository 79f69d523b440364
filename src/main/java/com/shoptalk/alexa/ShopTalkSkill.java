package com.shoptalk.alexa;

import com.amazon.ask.Skill;
import com.amazon.ask.builder.CustomSkillBuilder;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.shoptalk.alexa.browse.BrowseCategoriesHandler;
import com.shoptalk.alexa.buying.BuyAnswers;
import com.shoptalk.alexa.buying.BuyHandler;
import com.shoptalk.alexa.buying.PaymentHandler;
import com.shoptalk.alexa.buying.BuyOfferAction;
import com.shoptalk.alexa.friends.AddWinnerAction;
import com.shoptalk.alexa.friends.AskFriendsAboutThisHandler;
import com.shoptalk.alexa.friends.AskFriendsForIdeasHandler;
import com.shoptalk.alexa.friends.AskFriendsWhichOneHandler;
import com.shoptalk.alexa.friends.ChooseSeveralHandler;
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
import com.shoptalk.alexa.listing.OtherSizeHandler;
import com.shoptalk.alexa.listing.ReadAgainHandler;
import com.shoptalk.alexa.listing.SortHandler;
import com.shoptalk.alexa.listing.SuperlativeHandler;
import com.shoptalk.alexa.product.AvailabilityHandler;
import com.shoptalk.alexa.product.BrandHandler;
import com.shoptalk.alexa.product.ColorsHandler;
import com.shoptalk.alexa.product.MaterialHandler;
import com.shoptalk.alexa.product.ProductDetailsHandler;
import com.shoptalk.alexa.product.SizeHandler;
import com.shoptalk.alexa.product.QualityHandler;
import com.shoptalk.alexa.product.WarrantyHandler;
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
import com.shoptalk.alexa.search.UnknownWords;
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
import java.util.Map;

/** Wires ShopTalk's request handlers into an ASK SDK skill. Handler order matters: specific first. */
public final class ShopTalkSkill {
  private ShopTalkSkill() {}

  /** The skill on ShopTalk's services; checks the skill id when one is set. */
  public static Skill build(SkillServices services) {
    var searches = services.searches();
    var wishLists = services.wishLists();
    var selection = new Selection(searches, services.comparisons());
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
    var unknownWords = new UnknownWords(searches, answers);
    handlers.add(new SearchHandler(searches, answers, unknownWords));
    handlers.add(new NextHandler(pages));
    handlers.add(new PreviousHandler(pages));
    var details = new ProductDetailsHandler(selection, productQuestions);
    var price = new PriceHandler(selection);
    var colors = new ColorsHandler(selection, productQuestions, services.comparisons());
    var reviews = new ReviewsHandler(selection);
    var availability = new AvailabilityHandler(selection, productQuestions);
    var material = new MaterialHandler(selection, productQuestions);
    var size = new SizeHandler(selection, productQuestions);
    var brand = new BrandHandler(selection, productQuestions);
    var warranty = new WarrantyHandler(selection);
    var quality = new QualityHandler(selection);
    var buy = new BuyHandler(selection, buyAnswers);
    var addToList = new AddToWishListHandler(wishLists, lists, selection);
    var removeFromList = new RemoveFromWishListHandler(wishLists, lists, searches);
    var askAboutThis = new AskFriendsAboutThisHandler(asking, clock);
    // "Which one?" answered with "the second one" finishes what asked it.
    Map<String, IntentRequestHandler> finishers = Map.ofEntries(
        Map.entry("ProductDetailsIntent", details), Map.entry("PriceIntent", price), Map.entry("ColorsIntent", colors),
        Map.entry("ReviewsIntent", reviews), Map.entry("AvailabilityIntent", availability),
        Map.entry("MaterialIntent", material), Map.entry("SizeIntent", size), Map.entry("BrandIntent", brand),
        Map.entry("WarrantyIntent", warranty), Map.entry("QualityIntent", quality),
        Map.entry("BuyIntent", buy), Map.entry("AddToWishListIntent", addToList),
        Map.entry("RemoveFromWishListIntent", removeFromList), Map.entry("AskFriendsAboutThisIntent", askAboutThis));
    handlers.add(new SelectItemHandler(selection, finishers, searches, answers));
    handlers.add(details);
    handlers.add(price);
    handlers.add(colors);
    handlers.add(reviews);
    handlers.add(availability);
    handlers.add(material);
    handlers.add(size);
    handlers.add(brand);
    handlers.add(warranty);
    handlers.add(quality);
    var compare = new CompareHandler(services.comparisons());
    handlers.add(compare);
    handlers.add(new SuperlativeHandler(services.comparisons(), unknownWords));
    handlers.add(new OtherSizeHandler(services.comparisons(), selection, unknownWords));
    handlers.add(new SortHandler(services.comparisons(), pages));
    handlers.add(new CountHandler());
    handlers.add(new ReadAgainHandler(pages));
    handlers.add(buy);
    handlers.add(new PaymentHandler());
    handlers.add(new BrowseCategoriesHandler(services.categories()));
    handlers.add(new CheaperHandler(searches, answers));
    handlers.add(new RefineSearchHandler(searches, answers));
    handlers.add(new ScreenTouchHandler(searches));
    handlers.add(addToList);
    handlers.add(new ReadWishListHandler(wishLists, lists, services.sharing()));
    handlers.add(removeFromList);
    handlers.add(clearList);
    handlers.add(new ListWishListsHandler(wishLists));
    handlers.add(shareList);
    handlers.add(new StopSharingHandler(services.sharing(), lists));
    handlers.add(revealReservations);
    handlers.add(askAboutThis);
    var askWhichOne = new AskFriendsWhichOneHandler(asking, clock);
    handlers.add(askWhichOne);
    handlers.add(new ChooseSeveralHandler(askWhichOne, compare));
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
        .addRequestInterceptor(new PendingQuestionInterceptor(finishers.keySet()))
        .addResponseInterceptor(new LastResponseInterceptor())
        .addResponseInterceptor(new Bookkeeping())
        .addExceptionHandler(new ErrorHandler());
    services.skillId().ifPresent(builder::withSkillId);
    return builder.build();
  }
}
