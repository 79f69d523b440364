package com.shoptalk.web;

import com.shoptalk.insights.LinkSource;
import com.shoptalk.insights.ShopLinks;
import com.shoptalk.question.Answer;
import com.shoptalk.question.Links;
import com.shoptalk.question.Question;
import com.shoptalk.question.QuestionKind;
import com.shoptalk.question.QuestionOption;
import com.shoptalk.question.Tally;
import com.shoptalk.text.Messages;
import com.shoptalk.text.Prices;
import com.shoptalk.text.Templates;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The question page's view model: what the {@code question} template shows — who asks what, the
 * options with image, price and shop link, the friend's own answer, the tally and the latest
 * comments — in the browser's language. Mustache escapes every value.
 */
final class QuestionPageView {
  private final Templates templates;
  private final ShopLinks shopLinks;

  QuestionPageView(Templates templates, ShopLinks shopLinks) {
    this.templates = templates;
    this.shopLinks = shopLinks;
  }

  /** The question page for a friend; with {@code tally} once they answered (or the question closed). */
  WebResponse render(WebRequest request, Question question, Tally tally, Answer mine, String csrf, int status) {
    Messages m = WebApp.messagesFor(request);
    Locale locale = m.locale();
    boolean closed = status == 410;
    var scope = new HashMap<String, Object>();
    scope.put("lang", locale.getLanguage());
    scope.put("token", question.token());
    scope.put("csrf", csrf);
    scope.put("closed", closed);
    scope.put("open", !closed);
    scope.put("ideas", question.kind() == QuestionKind.IDEAS);
    scope.put("aboutOne", question.kind() == QuestionKind.ABOUT_ONE);
    scope.put("whichOne", question.kind() == QuestionKind.WHICH_ONE);
    scope.put("t", PageTexts.withPrefix(m, "web.question."));

    // An ideas question reads as one sentence in the shopper's words: "Any ideas for my sister?"
    String heading = question.kind() == QuestionKind.IDEAS && question.topic() != null
        ? fill(m.raw("web.question.ideasFor"), "topic", question.topic())
        : m.raw("web.question.title." + question.kind().name());
    String asker = question.askerName() == null
        ? m.raw("web.question.friendAsks")
        : fill(m.raw("web.question.asks"), "name", question.askerName());
    scope.put("askerName", question.askerName());
    scope.put("asks", PageTexts.split(m.raw("web.question.asks"), "name"));
    scope.put("heading", heading);
    String about = question.kind() == QuestionKind.IDEAS ? question.topic()
        : String.join(" · ", question.options().stream().map(QuestionOption::spokenName).toList());
    scope.put("pageTitle", asker + ": " + heading);
    scope.put("ogTitle", asker + ": " + heading);
    scope.put("ogDescription", about + " — " + m.raw(question.kind() == QuestionKind.IDEAS
        ? "web.question.og.ideas" : "web.question.og.vote"));
    question.options().stream().map(QuestionOption::imageLink).filter(l -> l != null).findFirst()
        .ifPresent(image -> scope.put("ogImage", image));

    var options = new ArrayList<Map<String, Object>>();
    for (int i = 0; i < question.options().size(); i++) {
      QuestionOption o = question.options().get(i);
      var option = new HashMap<String, Object>();
      option.put("index", i);
      option.put("name", o.spokenName());
      option.put("title", o.title());
      option.put("image", o.imageLink());
      // Through the counting redirect: the click is counted, the shop sees where it came from.
      shopLinks.toShow(o.productId(), o.link(), LinkSource.QUESTION, question.locale())
          .ifPresent(link -> option.put("link", link));
      if (o.price() != null) {
        option.put("price", Prices.format(o.price(), o.currency(), locale));
      }
      options.add(option);
    }
    scope.put("options", options);
    if (question.kind() == QuestionKind.ABOUT_ONE) {
      scope.put("choices", List.of(
          Map.of("index", 0, "label", m.raw("web.question.buy"), "secondary", false),
          Map.of("index", 1, "label", m.raw("web.question.skip"), "secondary", true)));
    }

    if (mine != null) {
      scope.put("answered", true);
      scope.put("myName", mine.voterName());
      scope.put("myComment", mine.comment());
      scope.put("myCommentShared", mine.commentShared());
      if (mine.optionIndex() != null) {
        scope.put("myVote", PageTexts.split(m.raw("web.question.yourVote"), "choice"));
        scope.put("myChoice", choiceLabel(question, mine.optionIndex(), m));
      }
    }
    if (tally != null) {
      scope.put("tally", tallyScope(tally, m));
    }
    String html = templates.render("question", scope);
    return WebResponse.of(status, "text/html; charset=utf-8", html);
  }

  private Map<String, Object> tallyScope(Tally tally, Messages m) {
    Question question = tally.question();
    var scope = new HashMap<String, Object>();
    int votes = tally.votes();
    scope.put("friends", tally.voters() == 1 ? m.raw("web.question.friends.one")
        : m.text("web.question.friends", "count", tally.voters()));
    var rows = new ArrayList<Map<String, Object>>();
    for (int i = 0; i < tally.counts().size(); i++) {
      int count = tally.counts().get(i);
      var row = new HashMap<String, Object>();
      row.put("label", choiceLabel(question, i, m));
      row.put("count", count);
      row.put("max", Math.max(1, votes));
      row.put("votes", count == 1 ? m.raw("web.question.votes.one") : m.text("web.question.votes", "count", count));
      row.put("winner", tally.winnerIndex().orElse(-1) == i);
      rows.add(row);
    }
    scope.put("rows", rows);
    scope.put("hasRows", !rows.isEmpty());
    var answers = new ArrayList<Map<String, Object>>();
    for (Answer answer : tally.latest()) {
      var row = new HashMap<String, Object>();
      row.put("name", answer.voterName() == null ? m.raw("web.question.someone") : answer.voterName());
      row.put("comment", answer.comment());
      row.put("idea", answer.ideaText());
      if (answer.ideaLink() != null) {
        row.put("link", answer.ideaLink());
        row.put("domain", Links.domain(answer.ideaLink()));
      }
      if (answer.optionIndex() != null && answer.optionIndex() < question.counters()) {
        row.put("choice", choiceLabel(question, answer.optionIndex(), m));
      }
      answers.add(row);
    }
    scope.put("answers", answers);
    scope.put("hasAnswers", !answers.isEmpty());
    return scope;
  }

  private static String choiceLabel(Question question, int index, Messages m) {
    if (question.kind() == QuestionKind.ABOUT_ONE) {
      return m.raw(index == 0 ? "web.question.buy" : "web.question.skip");
    }
    return question.options().get(index).spokenName();
  }

  /** Fills one placeholder with a value as it is (Messages.text refuses values that contain braces). */
  private static String fill(String raw, String placeholder, String value) {
    return raw.replace("{" + placeholder + "}", value);
  }
}
