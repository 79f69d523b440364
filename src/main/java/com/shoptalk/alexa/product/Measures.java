package com.shoptalk.alexa.product;

import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.FeedWords;
import com.shoptalk.catalog.Dimensions;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sizes and measurements as Alexa says them well: "5 by 7 feet", "2,5 Kilogramm", "120 centimeters long". */
public final class Measures {
  /** A number followed by a unit the feed abbreviates, in a size such as "5 x 7 ft". */
  private static final Pattern UNIT = Pattern.compile("(\\d+(?:[.,]\\d+)?)\\s*(cm|mm|m|in|ft|kg|g|lb|oz)\\b");
  private static final Pattern TIMES = Pattern.compile("(?<=\\d)\\s*[x×]\\s*(?=\\d)");

  private Measures() {}

  /** A measurement: "2.5 kilograms", "1 foot". */
  public static String spoken(Dimensions.Measure measure, Conversation conversation) {
    NumberFormat format = NumberFormat.getNumberInstance(conversation.locale());
    format.setMaximumFractionDigits(2);
    return format.format(measure.value()) + " " + unit(measure.unit(), measure.value(), conversation);
  }

  /**
   * Length, width and height: "5 by 3 by 2 feet" when all three share a unit, else each named ("120 centimeters
   * long and 40 centimeters high"); empty without any.
   */
  public static Optional<String> dimensions(Dimensions dimensions, Conversation conversation) {
    var length = dimensions.lengthIfKnown();
    var width = dimensions.widthIfKnown();
    var height = dimensions.heightIfKnown();
    if (length.isPresent() && width.isPresent() && height.isPresent()
        && length.get().unit().equals(width.get().unit()) && width.get().unit().equals(height.get().unit())) {
      NumberFormat format = NumberFormat.getNumberInstance(conversation.locale());
      format.setMaximumFractionDigits(2);
      String by = " " + conversation.text("size.by") + " ";
      return Optional.of(format.format(length.get().value()) + by + format.format(width.get().value()) + by
          + spoken(height.get(), conversation));
    }
    List<String> parts = new ArrayList<>();
    length.ifPresent(m -> parts.add(conversation.text("size.long", "value", spoken(m, conversation))));
    width.ifPresent(m -> parts.add(conversation.text("size.wide", "value", spoken(m, conversation))));
    height.ifPresent(m -> parts.add(conversation.text("size.high", "value", spoken(m, conversation))));
    return parts.isEmpty() ? Optional.empty()
        : Optional.of(com.shoptalk.alexa.ProductSpeech.join(parts, conversation));
  }

  /** A feed's size in words: "5 x 7 ft" is "5 by 7 feet", "Queen" stays (lower case in English). */
  public static String spokenSize(String size, Conversation conversation) {
    String text = TIMES.matcher(size.strip()).replaceAll(" " + conversation.text("size.by") + " ");
    Matcher unit = UNIT.matcher(text);
    var out = new StringBuilder();
    while (unit.find()) {
      BigDecimal value = new BigDecimal(unit.group(1).replace(',', '.'));
      unit.appendReplacement(out, Matcher.quoteReplacement(unit.group(1) + " " + unit(unit.group(2), value, conversation)));
    }
    unit.appendTail(out);
    return FeedWords.of(out.toString(), conversation);
  }

  private static String unit(String unit, BigDecimal value, Conversation conversation) {
    return conversation.text(value.compareTo(BigDecimal.ONE) == 0 ? "unit." + unit + ".one" : "unit." + unit);
  }
}
