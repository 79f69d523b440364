package com.shoptalk.insights;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the {@code <code>} of a counting link {@code /go/<code>} stands for: a catalog product, its
 * catalog's locale and where the link was shown. Nothing about the shopper or the friend is in it.
 *
 * <p>The code is a source letter ({@code q} question, {@code l} shared list, {@code b} buy), a
 * locale letter ({@code e} en-US, {@code d} de-DE) and the product id in URL-safe base64 without
 * padding: {@code qe} + {@code Y2hhaXItMQ} for {@code chair-1}. Each link has exactly one code, so a
 * code that does not encode back to itself is not one of ours.
 *
 * @param source where the link was shown
 * @param locale the catalog's locale tag, {@code en-US} or {@code de-DE}
 * @param productId the catalog id of the product
 */
public record LinkCode(LinkSource source, String locale, String productId) {
  /** Longest product id a code carries. */
  public static final int MAX_PRODUCT_ID = 200;
  /** Longest code: two letters and the base64 of up to three UTF-8 bytes per id character. */
  private static final int MAX_CODE = 2 + (MAX_PRODUCT_ID * 3 + 2) / 3 * 4;
  private static final Map<String, Character> LOCALE_LETTERS = Map.of("en-US", 'e', "de-DE", 'd');

  public LinkCode {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(productId, "productId");
    if (!LOCALE_LETTERS.containsKey(locale)) {
      throw new IllegalArgumentException("no link code for locale " + locale);
    }
    if (productId.isBlank() || productId.length() > MAX_PRODUCT_ID || productId.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException("not a product id: " + productId);
    }
  }

  /** The code for the link's path. */
  public String encode() {
    return "" + source.letter() + LOCALE_LETTERS.get(locale)
        + Base64.getUrlEncoder().withoutPadding().encodeToString(productId.getBytes(StandardCharsets.UTF_8));
  }

  /** What a code stands for; empty for anything that is not a code ShopTalk makes. */
  public static Optional<LinkCode> parse(String code) {
    if (code == null || code.length() < 3 || code.length() > MAX_CODE
        || !code.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_'))) {
      return Optional.empty();
    }
    LinkSource source = LinkSource.ofLetter(code.charAt(0));
    String locale = LOCALE_LETTERS.entrySet().stream()
        .filter(e -> e.getValue() == code.charAt(1)).map(Map.Entry::getKey).findFirst().orElse(null);
    if (source == null || locale == null) {
      return Optional.empty();
    }
    try {
      byte[] bytes = Base64.getUrlDecoder().decode(code.substring(2));
      String productId = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
      LinkCode parsed = new LinkCode(source, locale, productId);
      return parsed.encode().equals(code) ? Optional.of(parsed) : Optional.empty();
    } catch (IllegalArgumentException | CharacterCodingException notOurs) {
      return Optional.empty();
    }
  }
}
