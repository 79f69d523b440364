package com.shoptalk.mail;

/**
 * Hands an e-mail over for delivery: to Amazon SES in AWS ({@link SesMailer}), to an outbox folder
 * on a laptop ({@link OutboxMailer}).
 */
public interface Mailer {

  /**
   * Sends one e-mail.
   *
   * @throws MailException when the message cannot be built or the transport refuses it
   */
  void send(Email email);
}
