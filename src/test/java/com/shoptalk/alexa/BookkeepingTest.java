package com.shoptalk.alexa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.LaunchRequest;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.Session;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Writes that only remember things run after the answer and never break it. */
class BookkeepingTest {

  private static HandlerInput launch() {
    return HandlerInput.builder().withRequestEnvelope(RequestEnvelope.builder()
        .withSession(Session.builder().withSessionId("s1").withNew(true).build())
        .withRequest(LaunchRequest.builder().withLocale("en-US").withRequestId("r1").build())
        .build()).build();
  }

  @Test
  void queued_writes_run_once_after_the_answer() {
    var input = launch();
    var conversation = new Conversation(input);
    List<String> done = new ArrayList<>();
    conversation.afterAnswer(() -> done.add("visit"));
    conversation.afterAnswer(() -> done.add("search"));
    assertEquals(List.of(), done, "nothing written while the answer is composed");

    new Bookkeeping().process(input, Optional.empty());
    new Bookkeeping().process(input, Optional.empty());

    assertEquals(List.of("visit", "search"), done);
  }

  @Test
  void a_failed_write_does_not_stop_the_answer_or_the_other_writes() {
    var input = launch();
    var conversation = new Conversation(input);
    List<String> done = new ArrayList<>();
    conversation.afterAnswer(() -> {
      throw new IllegalStateException("table throttled");
    });
    conversation.afterAnswer(() -> done.add("search"));

    new Bookkeeping().process(input, Optional.empty());

    assertEquals(List.of("search"), done);
  }
}
