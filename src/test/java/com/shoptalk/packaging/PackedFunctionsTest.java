package com.shoptalk.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shoptalk.testing.DynamoDbLocalServer;
import com.shoptalk.testing.LambdaEvents;
import com.shoptalk.testing.PackedFunction;
import com.shoptalk.testing.SamFunction;
import com.shoptalk.testing.Ssml;
import com.shoptalk.text.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The functions as {@code sam build} packs them (the Makefile targets) answer real events under
 * AWS's Java runtime interface client, against DynamoDB Local as a server, and the package holds
 * only what Lambda needs.
 *
 * <p>Tagged {@code packaging}: it runs {@code sam build}'s Makefile targets (two Maven builds) and
 * starts two JVMs, about a minute and a half on a busy machine, so {@code ./mvnw test} leaves it
 * out and CI ({@code .ci/run}) runs it on its own: {@code ./mvnw test -Dgroups=packaging}.
 */
@Tag("packaging")
class PackedFunctionsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration INIT = Duration.ofSeconds(60);
  private static final Duration ANSWER = Duration.ofSeconds(30);

  @TempDir
  static Path build;
  static Path skillArtifact;
  static Path webArtifact;
  static DynamoDbLocalServer dynamo;
  static PackedFunction skill;
  static PackedFunction web;

  @BeforeAll
  static void packAndStart() {
    skillArtifact = PackedFunction.build("SkillFunction", build.resolve("SkillFunction"));
    webArtifact = PackedFunction.build("WebFunction", build.resolve("WebFunction"));
    dynamo = DynamoDbLocalServer.start();
    // MAIL_SENDER makes the skill build its SES client at init: its classes load from the trimmed package too.
    Map<String, String> env = Map.of("TABLE_NAME", "shoptalk-packaging", "DYNAMODB_ENDPOINT", dynamo.endpoint(),
        "SKILL_ID", LambdaEvents.SKILL_ID, "MAIL_SENDER", "noreply@shoptalk.example");
    skill = PackedFunction.start(SamFunction.of("SkillFunction"), skillArtifact, env);
    web = PackedFunction.start(SamFunction.of("WebFunction"), webArtifact, env);
    skill.awaitInit(INIT);
    web.awaitInit(INIT);
  }

  @AfterAll
  static void stop() {
    Stream.of(skill, web).filter(f -> f != null).forEach(PackedFunction::close);
    if (dynamo != null) {
      dynamo.close();
    }
  }

  @Test
  void skill_welcomes_a_new_shopper_in_english() throws IOException {
    String speech = speech(skill.answer(new String(LambdaEvents.launch("en-US", "amzn1.ask.account.PACKED-EN")), ANSWER));
    Ssml.assertValid(speech);
    assertEquals("<speak>" + Messages.of("en-US").ssml("launch.first") + "</speak>", speech);
  }

  @Test
  void skill_welcomes_a_new_shopper_in_german() throws IOException {
    String speech = speech(skill.answer(new String(LambdaEvents.launch("de-DE", "amzn1.ask.account.PACKED-DE")), ANSWER));
    Ssml.assertValid(speech);
    assertEquals("<speak>" + Messages.of("de-DE").ssml("launch.first") + "</speak>", speech);
  }

  @Test
  void web_function_answers_health_checks() throws IOException {
    JsonNode response = JSON.readTree(web.answer(new String(LambdaEvents.httpGet("/health", "de-DE")), ANSWER));
    assertEquals(200, response.path("statusCode").asInt());
    assertEquals("{\"status\":\"ok\"}", response.path("body").asText());
  }

  @Test
  void web_function_answers_an_unknown_question_link_with_a_page_not_a_stack_trace() throws IOException {
    JsonNode response = JSON.readTree(web.answer(new String(LambdaEvents.httpGet("/q/unknown-token", "en-US")), ANSWER));
    assertEquals(404, response.path("statusCode").asInt());
    assertTrue(response.path("body").asText().contains("<html"), "an HTML page");
    assertFalse(response.path("body").asText().contains("Exception"));
  }

  @Test
  void package_holds_no_local_run_no_tests_and_no_unused_sdk_modules() throws IOException {
    for (Path artifact : List.of(skillArtifact, webArtifact)) {
      assertTrue(Files.isRegularFile(artifact.resolve("com/shoptalk/alexa/SkillHandler.class")));
      assertFalse(Files.exists(artifact.resolve("com/shoptalk/local")), "local run packed");
      assertFalse(Files.exists(artifact.resolve("com/shoptalk/persistence/LocalDynamo.class")), "LocalDynamo packed");
      assertFalse(Files.exists(artifact.resolve("com/shoptalk/testing")), "test code packed");
      try (Stream<Path> jars = Files.list(artifact.resolve("lib"))) {
        List<String> names = jars.map(p -> p.getFileName().toString()).toList();
        assertTrue(names.stream().noneMatch(n -> n.startsWith("DynamoDBLocal") || n.startsWith("aws-java-sdk-s3")
            || n.startsWith("aws-java-sdk-kms") || n.startsWith("junit") || n.startsWith("mockito")
            || n.startsWith("selenium")), "unexpected jars: " + names);
      }
    }
  }

  private static String speech(String response) throws IOException {
    return JSON.readTree(response).path("response").path("outputSpeech").path("ssml").asText();
  }
}
