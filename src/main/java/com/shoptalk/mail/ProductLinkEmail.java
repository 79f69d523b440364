package com.shoptalk.mail;

import com.shoptalk.text.Templates;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The e-mail a shopper gets after "buy it" / "send me the link": the product, its price and the link to buy it at
 * the shop. ShopTalk takes no payment; the mail says so.
 */
public final class ProductLinkEmail {
  private static final Templates TEMPLATES = new Templates();

  private ProductLinkEmail() {}

  /**
   * Composes the e-mail in the shopper's language (en-US or de-DE; any other locale gets en-US).
   *
   * @param to the shopper's address, from the Alexa e-mail permission
   * @param givenName the shopper's given name, or {@code null} without that permission
   * @param productTitle the product's full title
   * @param price the price as the shopper heard it ("$129", "129 €")
   * @param link where the product is bought
   * @throws IllegalArgumentException for a blank title or price, a link that is not http(s), or an implausible
   *     address
   */
  public static Email compose(String to, String givenName, String productTitle, String price, String link,
      Locale locale) {
    if (productTitle == null || productTitle.isBlank() || price == null || price.isBlank()) {
      throw new IllegalArgumentException("product title and price must not be blank");
    }
    if (link == null || !(link.startsWith("https://") || link.startsWith("http://"))) {
      throw new IllegalArgumentException("the product link must be an http(s) URL");
    }
    MailTexts texts = MailTexts.of(locale == null ? Locale.US : locale);
    String title = productTitle.strip().replaceAll("\\s+", " ");
    String name = givenName == null || givenName.isBlank() ? null : givenName.strip();
    String subject = texts.text("mail.product.subject", "product", title);
    String greeting = name == null
        ? texts.text("mail.question.greeting")
        : texts.text("mail.question.greeting.named", "name", name);

    String text = greeting + "\n\n"
        + texts.text("mail.product.intro") + "\n\n"
        + title + "\n" + price + "\n\n"
        + link + "\n\n"
        + texts.text("mail.product.payment") + "\n\n"
        + "-- \n"
        + texts.text("mail.product.footer") + "\n";

    Map<String, Object> scope = new LinkedHashMap<>();
    scope.put("lang", texts.locale().toLanguageTag());
    scope.put("subject", subject);
    scope.put("greeting", greeting);
    scope.put("intro", texts.text("mail.product.intro"));
    scope.put("product", title);
    scope.put("price", price);
    scope.put("link", link);
    scope.put("openLabel", texts.text("mail.product.open"));
    scope.put("payment", texts.text("mail.product.payment"));
    scope.put("footer", texts.text("mail.product.footer"));
    return new Email(to, subject, text, TEMPLATES.render("mail-product", scope), texts.locale());
  }
}
