package com.shoptalk.mail;

import com.amazonaws.auth.AWSStaticCredentialsProvider;
import com.amazonaws.auth.BasicAWSCredentials;
import com.amazonaws.client.builder.AwsClientBuilder.EndpointConfiguration;
import com.amazonaws.services.simpleemail.AmazonSimpleEmailServiceClientBuilder;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What the isolated tests run inside their own class loader ({@link Isolated}): the question e-mail
 * composed and handed to a mailer as ShopTalk does it. Only strings cross between the loaders.
 */
public final class Drivers {
  static final String QUESTION_EN = "Which one should I buy: Rattan Lounge Chair or Abigail Lounge Chair?";
  static final String QUESTION_DE = "Welches soll ich kaufen: Sessel „Göteborg“ oder Liege für 249 €?";

  private Drivers() {}

  /** Writes the question e-mail into an outbox folder, as the local run does; returns the file. */
  public static String writeToOutbox(String folder, String locale, String link) {
    return new OutboxMailer(Path.of(folder), "ShopTalk <noreply@shoptalk.local>").write(email(locale, link)).toString();
  }

  /** Sends the question e-mail through SES at {@code endpoint}, as the skill does in AWS. */
  public static String sendThroughSes(String endpoint, String locale, String link) {
    var ses = AmazonSimpleEmailServiceClientBuilder.standard()
        .withEndpointConfiguration(new EndpointConfiguration(endpoint, "eu-west-1"))
        .withCredentials(new AWSStaticCredentialsProvider(new BasicAWSCredentials("AKIDTEST", "secret")))
        .build();
    try {
      new SesMailer(ses, "ShopTalk <noreply@shoptalk.example>").send(email(locale, link));
      return "sent";
    } finally {
      ses.shutdown();
    }
  }

  private static Email email(String locale, String link) {
    String question = locale.equals("de-DE") ? QUESTION_DE : QUESTION_EN;
    return QuestionEmail.compose("you@example.com", null, question, link, Locale.forLanguageTag(locale));
  }
}
