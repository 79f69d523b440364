package com.shoptalk.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.amazonaws.SdkClientException;
import com.amazonaws.services.simpleemail.AmazonSimpleEmailService;
import com.amazonaws.services.simpleemail.model.MessageRejectedException;
import com.amazonaws.services.simpleemail.model.SendRawEmailRequest;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class SesMailerTest {
  private static final String SENDER = "noreply@shoptalk.example";
  private static final Email EMAIL =
      new Email("ana@example.com", "Grüße", "Hallo Ana", "<p>Hallo Ana</p>", Locale.GERMANY);

  private final AmazonSimpleEmailService ses = mock(AmazonSimpleEmailService.class);

  @Test
  void sends_the_raw_mime_message_from_the_configured_sender() throws Exception {
    new SesMailer(ses, SENDER).send(EMAIL);

    var request = ArgumentCaptor.forClass(SendRawEmailRequest.class);
    verify(ses).sendRawEmail(request.capture());
    assertEquals(SENDER, request.getValue().getSource());
    assertEquals(List.of("ana@example.com"), request.getValue().getDestinations());
    ByteBuffer data = request.getValue().getRawMessage().getData();
    byte[] bytes = new byte[data.remaining()];
    data.get(bytes);
    var message = Parsed.message(bytes);
    assertEquals("Grüße", message.getSubject());
    assertEquals(SENDER, message.getFrom()[0].toString());
    assertEquals("<p>Hallo Ana</p>", Parsed.text(message, "text/html").strip());
  }

  @Test
  void wraps_a_rejection_by_ses() {
    var rejected = new MessageRejectedException("Email address is not verified.");
    when(ses.sendRawEmail(any())).thenThrow(rejected);

    var error = assertThrows(MailException.class, () -> new SesMailer(ses, SENDER).send(EMAIL));

    assertSame(rejected, error.getCause());
  }

  @Test
  void wraps_a_network_failure() {
    when(ses.sendRawEmail(any())).thenThrow(new SdkClientException("Unable to execute HTTP request"));

    assertThrows(MailException.class, () -> new SesMailer(ses, SENDER).send(EMAIL));
  }

  @Test
  void refuses_a_missing_sender_up_front() {
    assertThrows(MailException.class, () -> new SesMailer(ses, null));
  }
}
