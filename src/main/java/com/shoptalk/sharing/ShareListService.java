package com.shoptalk.sharing;

import com.shoptalk.mail.ListEmail;
import com.shoptalk.mail.MailException;
import com.shoptalk.mail.Mailer;
import com.shoptalk.text.Messages;
import com.shoptalk.wishlist.ListName;
import com.shoptalk.wishlist.WishListOwner;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sharing a list by voice: shares it (or finds the link it is shared by) and delivers the link —
 * always as a card (the skill shows it), and by e-mail with one-tap share links when the shopper
 * allowed ShopTalk to read their address.
 */
public final class ShareListService {
  private static final Logger LOG = LoggerFactory.getLogger(ShareListService.class);

  private final SharingService sharing;
  private final Optional<Mailer> mailer;
  private final String publicBaseUrl;

  public ShareListService(SharingService sharing, Optional<Mailer> mailer, String publicBaseUrl) {
    this.sharing = Objects.requireNonNull(sharing, "sharing");
    this.mailer = Objects.requireNonNull(mailer, "mailer");
    this.publicBaseUrl = Objects.requireNonNull(publicBaseUrl, "publicBaseUrl");
  }

  /**
   * Shares a list and delivers its link.
   *
   * @param list the list with the display name it is stored with
   * @param givenName the shopper's given name, only with their permission
   * @param email the shopper's e-mail address, only with their permission
   */
  public Shared share(WishListOwner owner, ListName list, Optional<String> givenName, Locale locale,
      Optional<String> email) {
    boolean again = isShared(owner, list);
    ListShare share = sharing.share(owner, list, givenName.orElse(null), locale);
    String link = link(share);
    String listText = listText(list, locale);
    Shared.Delivery delivery = Shared.Delivery.CARD;
    if (email.isPresent() && mailer.isPresent()) {
      delivery = send(email.get(), givenName, listText, link, locale) ? Shared.Delivery.EMAILED : Shared.Delivery.EMAIL_FAILED;
    }
    return new Shared(share, link, listText, again, delivery);
  }

  /** Whether the list is shared now. */
  public boolean isShared(WishListOwner owner, ListName list) {
    return sharing.shareOf(owner, list).isPresent();
  }

  /** The link friends open. */
  public String link(ListShare share) {
    return publicBaseUrl + "/l/" + share.token();
  }

  /**
   * A list's name as friends read it: "Wish list" for the default list, else its name as first said,
   * as a list ("Birthday list", "Geburtstagsliste" from "Geburtstags", "Liste Weihnachten").
   */
  public static String listText(ListName list, Locale locale) {
    if (list.isDefault() || list.displayName().isBlank()) {
      return Messages.of(locale).raw("lists.name.default");
    }
    String name = list.displayName();
    String lower = name.toLowerCase(locale);
    boolean german = "de".equals(locale.getLanguage());
    if (german && !lower.endsWith("liste")) {
      name = lower.endsWith("s") ? name + "liste" : Messages.of(locale).text("lists.name.named", "name", capitalized(name, locale));
    } else if (!german && !lower.endsWith("list")) {
      name = Messages.of(locale).text("lists.name.named", "name", name);
    }
    return capitalized(name, locale);
  }

  private static String capitalized(String text, Locale locale) {
    return text.substring(0, 1).toUpperCase(locale) + text.substring(1);
  }

  private boolean send(String to, Optional<String> givenName, String listText, String link, Locale locale) {
    try {
      mailer.orElseThrow().send(ListEmail.compose(to, givenName.orElse(null), listText, link, locale));
      return true;
    } catch (MailException | IllegalArgumentException failed) {
      LOG.warn("list e-mail not sent", failed);
      return false;
    }
  }
}
