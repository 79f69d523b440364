package com.shoptalk.catalog;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The reader of Google's product reviews feed (Merchant Center product ratings, schema 2.3), with the JDK's StAX
 * parser: {@code <feed><reviews><review>} with {@code reviewer/name}, {@code title}, {@code content},
 * {@code ratings/overall} (with {@code min} and {@code max}) and the reviewed products' {@code skus/sku} and
 * {@code gtins/gtin}.
 *
 * <p>A rating on another scale is rescaled to 1 to 5 stars. A review without a rating, text or product is
 * reported and left out.
 */
final class ReviewFeedReader {

  /**
   * A review and the products it is about.
   *
   * @param line   the line its {@code <review>} starts on
   * @param skus   the reviewed products' ids in the product feed
   * @param gtins  the reviewed products' GTINs
   * @param review the review
   */
  record FeedReview(int line, List<String> skus, List<String> gtins, Review review) {
  }

  private ReviewFeedReader() {
  }

  /**
   * Reads the reviews.
   *
   * @param content  the reviews feed
   * @param problems where a review that cannot be read goes, with its line
   * @return the reviews, in feed order
   * @throws IOException when the content is not well-formed XML
   */
  static List<FeedReview> read(byte[] content, List<FeedWarning> problems) throws IOException {
    List<FeedReview> reviews = new ArrayList<>();
    Deque<String> path = new ArrayDeque<>();
    Fields fields = null;
    StringBuilder text = new StringBuilder();
    XMLStreamReader xml = null;
    try {
      xml = SafeXml.open(content);
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          path.push(xml.getLocalName());
          text.setLength(0);
          if (fields == null && xml.getLocalName().equals("review")) {
            fields = new Fields(xml.getLocation().getLineNumber());
          } else if (fields != null && xml.getLocalName().equals("overall")) {
            fields.min = xml.getAttributeValue(null, "min");
            fields.max = xml.getAttributeValue(null, "max");
          }
        } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
          text.append(xml.getText());
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          String name = path.pop();
          if (fields != null && name.equals("review")) {
            fields.toReview(problems).ifPresent(reviews::add);
            fields = null;
          } else if (fields != null) {
            fields.put(name, path.isEmpty() ? "" : path.peek(), text.toString().strip());
          }
          text.setLength(0);
        }
      }
    } catch (XMLStreamException e) {
      throw new IOException("not well-formed XML: " + e.getMessage(), e);
    } finally {
      SafeXml.close(xml);
    }
    return reviews;
  }

  /** The fields of the review being read. */
  private static final class Fields {

    final int line;
    final List<String> skus = new ArrayList<>();
    final List<String> gtins = new ArrayList<>();
    String author = "";
    String title = "";
    String content = "";
    String overall = "";
    String min;
    String max;

    Fields(int line) {
      this.line = line;
    }

    void put(String name, String parent, String value) {
      if (value.isEmpty()) {
        return;
      }
      switch (name) {
        case "name" -> author = parent.equals("reviewer") ? value : author;
        case "title" -> title = value;
        case "content" -> content = value;
        case "overall" -> overall = value;
        case "sku" -> skus.add(value);
        case "gtin" -> gtins.add(value);
        default -> {
          // Other elements (review_id, review_url, timestamps) are not needed for answers.
        }
      }
    }

    java.util.Optional<FeedReview> toReview(List<FeedWarning> problems) {
      String problem = null;
      Integer stars = null;
      try {
        stars = stars(overall, min, max);
      } catch (IllegalArgumentException e) {
        problem = e.getMessage();
      }
      if (problem == null && content.isEmpty()) {
        problem = "no content";
      } else if (problem == null && skus.isEmpty() && gtins.isEmpty()) {
        problem = "no product sku or gtin";
      }
      if (problem != null) {
        problems.add(new FeedWarning(line, "review ignored: " + problem));
        return java.util.Optional.empty();
      }
      return java.util.Optional.of(new FeedReview(line, List.copyOf(skus), List.copyOf(gtins),
          new Review(stars, title, content, author)));
    }
  }

  /** Returns a rating as 1 to 5 stars, rescaled from {@code min..max} (1..5 when not given). */
  static int stars(String overall, String min, String max) {
    try {
      BigDecimal value = new BigDecimal(overall);
      BigDecimal low = min == null ? BigDecimal.ONE : new BigDecimal(min);
      BigDecimal high = max == null ? BigDecimal.valueOf(5) : new BigDecimal(max);
      if (high.compareTo(low) <= 0 || value.compareTo(low) < 0 || value.compareTo(high) > 0) {
        throw new IllegalArgumentException("rating '" + overall + "' is not between " + low + " and " + high);
      }
      BigDecimal scaled = value.subtract(low).multiply(BigDecimal.valueOf(4))
          .divide(high.subtract(low), 0, RoundingMode.HALF_UP).add(BigDecimal.ONE);
      return scaled.intValueExact();
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("rating '" + overall + "' is no number");
    }
  }
}
