package com.shoptalk.alexa;

import com.shoptalk.mail.Mailer;
import com.shoptalk.question.QuestionService;
import com.shoptalk.search.SearchService;
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
 * @param accountDeletion deletes everything stored for a user
 * @param mailer sends the shopper's e-mails; empty when e-mail is off
 * @param publicBaseUrl where friends open question links
 * @param clock the time
 * @param skillId the skill id requests must carry; empty accepts any
 */
public record SkillServices(
    SearchService searches,
    VisitService visits,
    WishListService wishLists,
    QuestionService questions,
    AccountDeletion accountDeletion,
    Optional<Mailer> mailer,
    String publicBaseUrl,
    Clock clock,
    Optional<String> skillId) {

  public SkillServices {
    Objects.requireNonNull(searches, "searches");
    Objects.requireNonNull(visits, "visits");
    Objects.requireNonNull(wishLists, "wishLists");
    Objects.requireNonNull(questions, "questions");
    Objects.requireNonNull(accountDeletion, "accountDeletion");
    Objects.requireNonNull(mailer, "mailer");
    Objects.requireNonNull(publicBaseUrl, "publicBaseUrl");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(skillId, "skillId");
  }
}
