package com.shoptalk.alexa;

import com.amazon.ask.Skill;
import com.amazon.ask.builder.CustomSkillBuilder;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.shoptalk.ShopTalk;
import com.shoptalk.alexa.friends.AddWinnerAction;
import com.shoptalk.alexa.friends.AskFriendsAboutThisHandler;
import com.shoptalk.alexa.friends.AskFriendsForIdeasHandler;
import com.shoptalk.alexa.friends.AskFriendsWhichOneHandler;
import com.shoptalk.alexa.friends.CloseQuestionHandler;
import com.shoptalk.alexa.friends.CreateQuestionAction;
import com.shoptalk.alexa.friends.DeleteQuestionHandler;
import com.shoptalk.alexa.friends.EmailPermissionAction;
import com.shoptalk.alexa.friends.Friends;
import com.shoptalk.alexa.friends.FriendsNews;
import com.shoptalk.alexa.friends.FriendsVerdictHandler;
import com.shoptalk.alexa.friends.ListQuestionsHandler;
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
import com.shoptalk.alexa.search.CheaperHandler;
import com.shoptalk.alexa.search.LastSearchAction;
import com.shoptalk.alexa.search.ColorsHandler;
import com.shoptalk.alexa.search.NextHandler;
import com.shoptalk.alexa.search.PreviousHandler;
import com.shoptalk.alexa.search.PriceHandler;
import com.shoptalk.alexa.search.ProductDetailsHandler;
import com.shoptalk.alexa.search.RefineSearchHandler;
import com.shoptalk.alexa.search.ReviewsHandler;
import com.shoptalk.alexa.search.ScreenTouchHandler;
import com.shoptalk.alexa.search.SearchHandler;
import com.shoptalk.alexa.search.SelectItemHandler;
import com.shoptalk.alexa.search.SuggestionAction;
import com.shoptalk.alexa.wishlist.AddToWishListHandler;
import com.shoptalk.alexa.wishlist.ClearWishListHandler;
import com.shoptalk.alexa.wishlist.ListWishListsHandler;
import com.shoptalk.alexa.wishlist.ReadWishListHandler;
import com.shoptalk.alexa.wishlist.RemoveFromWishListHandler;
import com.shoptalk.alexa.wishlist.WishLists;
import java.util.ArrayList;
import java.util.List;

/** Wires ShopTalk's request handlers into an ASK SDK skill. Handler order matters: specific first. */
public final class ShopTalkSkill {
  private ShopTalkSkill() {}

  /** The skill, with ShopTalk's services; checks the skill id when the configuration has one. */
  public static Skill build(ShopTalk app) {
    var deleteMyData = new DeleteMyDataHandler(app.accountDeletion());
    var shopping = new Shopping(app.catalogs(), app.users());
    var wishLists = new WishLists(app.wishLists(), shopping);
    shopping.addReader(wishLists);
    var clearList = new ClearWishListHandler(wishLists);
    var friends = new Friends(app.questions(), shopping, app.users(), app.mailer(), app.config().publicBaseUrl(), app.clock());
    var deleteQuestion = new DeleteQuestionHandler(friends);
    var friendsNews = new FriendsNews(friends);
    List<PendingAction> pendingActions = List.of(deleteMyData, new SuggestionAction(shopping), new LastSearchAction(shopping), clearList,
        new CreateQuestionAction(friends), new EmailPermissionAction(), new AddWinnerAction(friends, wishLists),
        deleteQuestion, friendsNews);
    List<LaunchAnnouncement> announcements = List.of(friendsNews);

    List<RequestHandler> handlers = new ArrayList<>();
    handlers.add(new SkillEventHandler(app.accountDeletion()));
    handlers.add(new CanFulfillHandler());
    handlers.add(new LaunchHandler(app.users(), app.clock(), announcements));
    handlers.add(new YesNoHandler(pendingActions));
    handlers.add(new HelpHandler());
    handlers.add(new StopHandler());
    handlers.add(new RepeatHandler());
    handlers.add(new StartOverHandler());
    handlers.add(new FallbackHandler());
    handlers.add(new SearchHandler(shopping));
    handlers.add(new NextHandler(shopping));
    handlers.add(new PreviousHandler(shopping));
    handlers.add(new SelectItemHandler(shopping));
    handlers.add(new ProductDetailsHandler(shopping));
    handlers.add(new PriceHandler(shopping));
    handlers.add(new ColorsHandler(shopping));
    handlers.add(new ReviewsHandler(shopping));
    handlers.add(new CheaperHandler(shopping));
    handlers.add(new RefineSearchHandler(shopping));
    handlers.add(new ScreenTouchHandler(shopping));
    handlers.add(new AddToWishListHandler(wishLists));
    handlers.add(new ReadWishListHandler(wishLists));
    handlers.add(new RemoveFromWishListHandler(wishLists));
    handlers.add(clearList);
    handlers.add(new ListWishListsHandler(wishLists));
    handlers.add(new AskFriendsAboutThisHandler(friends));
    handlers.add(new AskFriendsWhichOneHandler(friends));
    handlers.add(new AskFriendsForIdeasHandler(friends));
    handlers.add(new FriendsVerdictHandler(friends));
    handlers.add(new ListQuestionsHandler(friends));
    handlers.add(new CloseQuestionHandler(friends));
    handlers.add(deleteQuestion);
    handlers.add(deleteMyData);
    handlers.add(new SessionEndedHandler());
    handlers.add(new UnhandledIntentHandler());
    handlers.add(new UnknownRequestHandler());

    var builder = new CustomSkillBuilder().withApiClient(new JdkApiClient());
    handlers.forEach(builder::addRequestHandler);
    builder
        .addRequestInterceptor(new PendingQuestionInterceptor())
        .addResponseInterceptor(new LastResponseInterceptor())
        .addExceptionHandler(new ErrorHandler());
    if (app.config().skillId() != null) {
      builder.withSkillId(app.config().skillId());
    }
    return builder.build();
  }
}
