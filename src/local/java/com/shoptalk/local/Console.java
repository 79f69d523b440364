package com.shoptalk.local;

import com.shoptalk.local.AlexaSimulator.Turn;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.stream.Collectors;

/**
 * The developer's console: type what a shopper would say, see what Alexa heard and what ShopTalk
 * answered. Lines starting with {@code :} change the simulated device.
 */
public final class Console {
  private final AlexaSimulator alexa;
  private final PrintStream out;
  private String email;
  private String givenName;

  public Console(AlexaSimulator alexa, PrintStream out) {
    this.alexa = alexa;
    this.out = out;
  }

  /** Reads utterances until the input ends. */
  public void run(BufferedReader in) throws IOException {
    out.println("Talk to ShopTalk: try \"open shop talk\", then \"find a lounge chair\". :help lists console commands.");
    prompt();
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      String text = line.strip();
      if (!text.isEmpty()) {
        if (text.startsWith(":")) {
          command(text);
        } else {
          talk(text);
        }
      }
      prompt();
    }
    out.println();
  }

  private void prompt() {
    out.print("[" + alexa.locale() + "] you> ");
    out.flush();
  }

  /** Sends one utterance and prints the answer. */
  public void talk(String utterance) {
    Turn turn;
    try {
      turn = alexa.say(utterance);
    } catch (RuntimeException failed) {
      out.println("  (the skill could not be reached: " + failed.getMessage() + ")");
      return;
    }
    var heard = turn.heard();
    String slots = heard.slots().entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue().value())
        .collect(Collectors.joining(", "));
    out.println("  heard: " + (heard.intent() == null ? "LaunchRequest" : heard.intent()) + (slots.isEmpty() ? "" : " {" + slots + "}"));
    String speech = turn.speech();
    out.println("alexa> " + (speech.isEmpty() ? "(silence)" : speech));
    turn.card().ifPresent(card -> out.println("  card: " + card.replace("\n", "\n        ")));
    if (turn.response().path("response").has("directives")) {
      turn.response().path("response").path("directives")
          .forEach(d -> out.println("  screen: " + d.path("type").asText()));
    }
    if (turn.sessionEnded()) {
      out.println("  (session ended)");
    }
  }

  private void command(String text) {
    String[] parts = text.split("\\s+", 2);
    String argument = parts.length > 1 ? parts[1].trim() : "";
    switch (parts[0]) {
      case ":locale" -> {
        if (argument.equals("en-US") || argument.equals("de-DE")) {
          alexa.locale(argument);
          out.println("  locale is now " + argument + (argument.equals("de-DE") ? " (try \"öffne einkaufs helfer\")" : ""));
        } else {
          out.println("  :locale en-US or :locale de-DE");
        }
      }
      case ":screen" -> {
        alexa.screen(argument.equals("on"));
        out.println("  screen " + (argument.equals("on") ? "on (APL)" : "off (voice only)"));
      }
      case ":person" -> {
        alexa.person(argument.isEmpty() || argument.equals("off") ? null : "amzn1.ask.person." + argument);
        out.println(argument.isEmpty() || argument.equals("off") ? "  speaker not recognized" : "  recognized speaker: " + argument);
      }
      case ":user" -> {
        alexa.user(argument.isEmpty() ? "amzn1.ask.account.LOCAL-DEVELOPER" : "amzn1.ask.account." + argument);
        out.println("  account: " + (argument.isEmpty() ? "LOCAL-DEVELOPER" : argument));
      }
      case ":email" -> {
        email = argument.isEmpty() || argument.equals("off") ? null : argument;
        alexa.profile(email, givenName);
        out.println(email == null ? "  e-mail permission withdrawn" : "  e-mail permission granted: " + email);
      }
      case ":name" -> {
        givenName = argument.isEmpty() || argument.equals("off") ? null : argument;
        alexa.profile(email, givenName);
        out.println(givenName == null ? "  given-name permission withdrawn" : "  given-name permission granted: " + givenName);
      }
      case ":end" -> {
        alexa.endSession();
        out.println("  session ended");
      }
      default -> out.println("""
            :locale en-US|de-DE   language of the simulated device
            :screen on|off        a device with a screen (APL) or a speaker
            :person NAME|off      a recognized voice (own wish lists)
            :user NAME            another Alexa account
            :email ADDRESS|off    grant (or withdraw) the e-mail permission
            :name NAME|off        grant (or withdraw) the given-name permission
            :end                  end the session (walk away)""");
    }
  }
}
