package com.shoptalk.mail;

import java.util.Locale;

/**
 * The e-mail a shopper gets after sharing a wish list: the list's name, its link, and one-tap links
 * that pass it on through WhatsApp, Telegram, a text message or e-mail — the question e-mail with
 * the list's texts.
 */
public final class ListEmail {
  private ListEmail() {}

  /**
   * Composes the e-mail in the shopper's language (en-US or de-DE; any other locale gets en-US).
   *
   * @param to the shopper's address, from the Alexa e-mail permission
   * @param givenName the shopper's given name, or {@code null} without that permission
   * @param listName the list as friends should read it ("Birthday list")
   * @param link the list's page, {@code <public base URL>/l/<token>}
   * @throws IllegalArgumentException for a blank name, a link that is not http(s), or an
   *     implausible address
   */
  public static Email compose(String to, String givenName, String listName, String link, Locale locale) {
    return QuestionEmail.compose(QuestionEmail.Kind.LIST, to, givenName, listName, link, locale);
  }
}
