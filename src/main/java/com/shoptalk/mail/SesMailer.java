package com.shoptalk.mail;

import com.amazonaws.AmazonClientException;
import com.amazonaws.AmazonServiceException;
import com.amazonaws.services.simpleemail.AmazonSimpleEmailService;
import com.amazonaws.services.simpleemail.model.RawMessage;
import com.amazonaws.services.simpleemail.model.SendRawEmailRequest;
import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * Sends e-mail through Amazon SES as raw MIME ({@code SendRawEmail}), so the message SES delivers
 * is exactly the one {@link MimeMessages} built and tests inspect.
 */
public final class SesMailer implements Mailer {
  private final AmazonSimpleEmailService ses;
  private final String sender;

  /**
   * @param ses the SES client, created once per process
   * @param sender the verified sender address (the {@code MAIL_SENDER} setting)
   */
  public SesMailer(AmazonSimpleEmailService ses, String sender) {
    this.ses = Objects.requireNonNull(ses, "ses");
    MimeMessages.sender(sender);
    this.sender = sender.strip();
  }

  @Override
  public void send(Email email) {
    byte[] bytes = MimeMessages.toBytes(email, sender);
    var request = new SendRawEmailRequest(new RawMessage(ByteBuffer.wrap(bytes)))
        .withSource(sender)
        .withDestinations(email.to());
    try {
      ses.sendRawEmail(request);
    } catch (AmazonServiceException e) {
      throw new MailException("SES refused the e-mail: " + e.getErrorCode(), e);
    } catch (AmazonClientException e) {
      throw new MailException("SES could not be reached", e);
    }
  }
}
