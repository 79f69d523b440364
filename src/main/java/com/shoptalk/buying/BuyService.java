package com.shoptalk.buying;

import com.shoptalk.mail.MailException;
import com.shoptalk.mail.Mailer;
import com.shoptalk.mail.ProductLinkEmail;
import com.shoptalk.text.Prices;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Buy it": hands a product to the shop. There is no payment by voice; the shopper gets the link to buy it at the
 * shop, always on a card (the skill shows it) and by e-mail when they allowed it and e-mail is on.
 */
public final class BuyService {
  private static final Logger LOG = LoggerFactory.getLogger(BuyService.class);

  private final BuyLinks links;
  private final Optional<Mailer> mailer;

  /**
   * @param links where products are bought
   * @param mailer sends the shopper's e-mails; empty when e-mail is off
   */
  public BuyService(BuyLinks links, Optional<Mailer> mailer) {
    this.links = Objects.requireNonNull(links, "links");
    this.mailer = Objects.requireNonNull(mailer, "mailer");
  }

  /** Finds the product's link and sends it to the shopper. */
  public HandOff handOver(Buying buying) {
    Optional<String> link = links.linkTo(buying.product(), buying.locale());
    if (link.isEmpty()) {
      return new HandOff(buying.product(), link, HandOff.Delivery.NO_LINK);
    }
    if (buying.email().isEmpty() || mailer.isEmpty()) {
      return new HandOff(buying.product(), link, HandOff.Delivery.CARD);
    }
    return new HandOff(buying.product(), link, send(buying, link.get()) ? HandOff.Delivery.EMAILED
        : HandOff.Delivery.EMAIL_FAILED);
  }

  private boolean send(Buying buying, String link) {
    var product = buying.product();
    try {
      String price = Prices.spoken(product.effectivePrice().amount(), product.effectivePrice().currency(),
          buying.locale());
      mailer.orElseThrow().send(ProductLinkEmail.compose(buying.email().orElseThrow(),
          buying.givenName().orElse(null), product.title(), price, link, buying.locale()));
      return true;
    } catch (MailException | IllegalArgumentException failed) {
      LOG.warn("product link e-mail not sent", failed);
      return false;
    }
  }
}
