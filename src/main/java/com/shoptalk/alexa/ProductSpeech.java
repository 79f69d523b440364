package com.shoptalk.alexa;

import com.shoptalk.catalog.Money;
import com.shoptalk.catalog.Product;
import com.shoptalk.text.Prices;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/** How products and prices are put into words for one locale. */
public final class ProductSpeech {
  private ProductSpeech() {}

  /** A price as Alexa reads it well: "$129", "$24.99", "129 €", "24,99 €". */
  public static String price(Money money, Locale locale) {
    return price(money.amount(), money.currency(), locale);
  }

  /** A price as Alexa reads it well (see {@link Prices}). */
  public static String price(BigDecimal amount, Currency currency, Locale locale) {
    return Prices.spoken(amount, currency, locale);
  }

  /** The product's price in words, mentioning a sale. */
  public static String priceOf(Product product, Conversation conversation) {
    Locale locale = conversation.locale();
    if (product.salePrice() != null && product.salePrice().compareTo(product.price()) < 0) {
      return conversation.text("product.price.sale",
          "sale", price(product.salePrice(), locale), "regular", price(product.price(), locale));
    }
    return price(product.effectivePrice(), locale);
  }

  /** A list read naturally: "a, b and c" / "a, b und c". */
  public static String join(List<String> items, Conversation conversation) {
    return join(items, conversation, "list.and");
  }

  /** A list joined before its last item by the word under {@code conjunctionKey} ("and", "or"). */
  public static String join(List<String> items, Conversation conversation, String conjunctionKey) {
    return conversation.messages().join(items, conjunctionKey);
  }

  /** A star rating with one decimal in the locale's format ("4.5", "4,5"). */
  public static String stars(double rating, Locale locale) {
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMaximumFractionDigits(1);
    return format.format(BigDecimal.valueOf(rating).setScale(1, RoundingMode.HALF_UP));
  }

  /** The first sentence of a description, cut to a speakable length. */
  public static String firstSentence(String description, int maxChars) {
    if (description == null || description.isBlank()) {
      return "";
    }
    String text = description.strip().replaceAll("\\s+", " ");
    int end = text.indexOf(". ");
    String sentence = end > 0 ? text.substring(0, end + 1) : text;
    if (sentence.length() <= maxChars) {
      return sentence;
    }
    int cut = sentence.lastIndexOf(' ', maxChars);
    return sentence.substring(0, cut > 0 ? cut : maxChars) + "…";
  }
}
