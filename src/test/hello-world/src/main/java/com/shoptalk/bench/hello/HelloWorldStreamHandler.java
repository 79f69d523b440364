package com.shoptalk.bench.hello;

import com.amazon.ask.Skill;
import com.amazon.ask.SkillStreamHandler;
import com.amazon.ask.Skills;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.amazon.ask.request.Predicates;
import java.util.Optional;

/** The ASK SDK's hello world skill: Lambda entry point and its two handlers. */
public class HelloWorldStreamHandler extends SkillStreamHandler {

  public HelloWorldStreamHandler() {
    super(skill());
  }

  private static Skill skill() {
    return Skills.standard()
        .addRequestHandlers(new LaunchHandler(), new HelloWorldIntentHandler())
        .build();
  }

  /** "Open hello world". */
  static final class LaunchHandler implements RequestHandler {
    @Override
    public boolean canHandle(HandlerInput input) {
      return input.matches(Predicates.requestType(com.amazon.ask.model.LaunchRequest.class));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
      String speech = "Welcome to the Alexa Skills Kit, you can say hello";
      return input.getResponseBuilder().withSpeech(speech).withSimpleCard("HelloWorld", speech)
          .withReprompt(speech).build();
    }
  }

  /** Anything else: "Hello world". */
  static final class HelloWorldIntentHandler implements RequestHandler {
    @Override
    public boolean canHandle(HandlerInput input) {
      return true;
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
      String speech = "Hello world";
      return input.getResponseBuilder().withSpeech(speech).withSimpleCard("HelloWorld", speech).build();
    }
  }
}
