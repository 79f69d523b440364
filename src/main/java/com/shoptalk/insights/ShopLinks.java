package com.shoptalk.insights;

import com.shoptalk.text.Messages;
import java.util.Objects;
import java.util.Optional;

/**
 * The shop links ShopTalk hands out: every link to a product page goes through
 * {@code <public base URL>/go/<code>}, which counts the click and sends the browser on to the
 * product's page in the shop with UTM parameters.
 *
 * <p>Only products of the catalog can be reached this way: the code names a product, never a URL,
 * and the redirect looks the product's link up in the catalog (no open redirect).
 */
public final class ShopLinks {
  /** The path the counting links start with. */
  public static final String PATH = "/go/";

  private final String baseUrl;
  private final ProductDirectory products;
  private final InsightRecorder recorder;

  /**
   * @param publicBaseUrl where the web pages are served, without a trailing slash
   * @param products the catalog products links may lead to
   * @param recorder counts the clicks
   */
  public ShopLinks(String publicBaseUrl, ProductDirectory products, InsightRecorder recorder) {
    this.baseUrl = Objects.requireNonNull(publicBaseUrl, "publicBaseUrl").replaceAll("/+$", "");
    this.products = Objects.requireNonNull(products, "products");
    this.recorder = Objects.requireNonNull(recorder, "recorder");
  }

  /**
   * The counting link to a catalog product's shop page, for showing where {@code source} says.
   *
   * @param productId the catalog id of a product (one with a shop link; others answer 404)
   * @param locale the catalog's locale tag ({@code en-US}, {@code de-DE}; others mean en-US)
   * @throws IllegalArgumentException for a blank id or one longer than {@value LinkCode#MAX_PRODUCT_ID} characters
   */
  public String forProduct(String productId, LinkSource source, String locale) {
    return baseUrl + PATH + new LinkCode(source, Messages.supported(locale).toLanguageTag(), productId).encode();
  }

  /**
   * The shop link to show for a product: its counting link, or, for an id no code can carry, the
   * product's own shop link with ShopTalk's UTM parameters (that click is not counted, but the page
   * still works).
   *
   * @param shopLink the product's link in the shop, or {@code null} when it has none
   * @return empty when the product has no shop link, or only one that is not a web address
   */
  public Optional<String> toShow(String productId, String shopLink, LinkSource source, String locale) {
    if (shopLink == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(forProduct(productId, source, locale));
    } catch (IllegalArgumentException | NullPointerException notACode) {
      return UtmLink.of(shopLink, source);
    }
  }

  /**
   * Where a counting link leads: the product's shop link with ShopTalk's UTM parameters.
   *
   * @param code the code of the link
   * @param count whether to count this as a click (not for a {@code HEAD} request or a prefetch)
   * @return empty for a code ShopTalk did not make, a product no longer in the catalog, or one
   *     without a valid shop link
   */
  public Optional<String> follow(String code, boolean count) {
    Optional<LinkCode> parsed = LinkCode.parse(code);
    if (parsed.isEmpty()) {
      return Optional.empty();
    }
    LinkCode link = parsed.get();
    return products.find(link.locale(), link.productId())
        .flatMap(product -> UtmLink.of(product.link(), link.source()).map(target -> {
          if (count) {
            recorder.clicked(link.source(), link.locale(), new ProductRef(product.productId(), product.title()));
          }
          return target;
        }));
  }
}
