package com.shoptalk.question;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** Web links that are safe to put into a page: absolute http or https URLs with a host. */
public final class Links {
  private Links() {}

  /** The link, normalized to ASCII, or empty when it is not an http(s) URL with a host. */
  public static Optional<String> parse(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String text = raw.strip();
    if (text.isEmpty() || text.chars().anyMatch(c -> c <= ' ' || c == 0x7F)) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https")) {
        return Optional.empty();
      }
      String host = uri.getHost();
      if (host == null && uri.getRawAuthority() != null && !uri.getRawAuthority().contains("@")) {
        // an internationalized domain name: URI only parses ASCII host names
        String authority = uri.getRawAuthority();
        int colon = authority.lastIndexOf(':');
        String port = colon > 0 && authority.substring(colon + 1).matches("\\d{1,5}") ? authority.substring(colon) : "";
        String ascii = IDN.toASCII(port.isEmpty() ? authority : authority.substring(0, colon), IDN.USE_STD3_ASCII_RULES);
        uri = new URI(scheme + "://" + ascii + port + text.substring(text.indexOf(authority) + authority.length()));
        host = uri.getHost();
      }
      if (host == null || host.isEmpty() || uri.getRawUserInfo() != null) {
        return Optional.empty();
      }
      return Optional.of(uri.toASCIIString());
    } catch (URISyntaxException | IllegalArgumentException bad) {
      return Optional.empty();
    }
  }

  /** The host a link points to, without {@code www.}, for showing a link as its domain. */
  public static String domain(String link) {
    String host = URI.create(link).getHost().toLowerCase(Locale.ROOT);
    return host.startsWith("www.") ? host.substring(4) : host;
  }

  /**
   * A checked link; {@link InvalidAnswer} for {@code field} when it is not an http(s) web address,
   * and for {@code field + "Length"} when it is one but longer than {@code max}, so the friend is
   * told what is actually wrong.
   */
  static String validate(String raw, int max, String field) {
    String link = parse(raw).orElseThrow(() -> new InvalidAnswer(field));
    if (link.length() > max) {
      throw new InvalidAnswer(field + "Length");
    }
    return link;
  }

  /** A checked link from trusted data (the catalog); anything but http(s) is a programming error. */
  static String require(String raw) {
    return parse(raw).orElseThrow(() -> new IllegalArgumentException("not an http(s) link: " + raw));
  }
}
