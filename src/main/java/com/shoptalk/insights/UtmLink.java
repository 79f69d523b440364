package com.shoptalk.insights;

import com.shoptalk.question.Links;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A shop link with ShopTalk's UTM parameters: {@code utm_source=shoptalk}, the source's medium
 * and campaign. The link's own query parameters and fragment stay as they are, byte for byte; only
 * UTM parameters of the same names are replaced, so that the shop's analytics sees one value.
 */
public final class UtmLink {
  /** The {@code utm_source} of every link ShopTalk hands out. */
  public static final String SOURCE = "shoptalk";
  private static final Set<String> OURS = Set.of("utm_source", "utm_medium", "utm_campaign");

  private UtmLink() {}

  /**
   * The link to send a click from {@code source} to.
   *
   * @return empty when {@code shopLink} is not an absolute http(s) link
   */
  public static Optional<String> of(String shopLink, LinkSource source) {
    return Links.parse(shopLink).map(URI::create).map(uri -> build(uri, source));
  }

  private static String build(URI uri, LinkSource source) {
    List<String> parameters = new ArrayList<>();
    if (uri.getRawQuery() != null) {
      for (String pair : uri.getRawQuery().split("&")) {
        if (!pair.isEmpty() && !OURS.contains(name(pair))) {
          parameters.add(pair);
        }
      }
    }
    parameters.add("utm_source=" + SOURCE);
    parameters.add("utm_medium=" + source.medium());
    parameters.add("utm_campaign=" + source.campaign());
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    return uri.getScheme() + "://" + uri.getRawAuthority() + path + "?" + String.join("&", parameters)
        + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
  }

  private static String name(String pair) {
    int eq = pair.indexOf('=');
    String raw = eq < 0 ? pair : pair.substring(0, eq);
    try {
      return URLDecoder.decode(raw, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException badEscape) {
      return raw;
    }
  }
}
