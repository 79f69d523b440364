package com.shoptalk.alexa;

import com.amazon.ask.model.Response;
import java.util.Optional;

/** What a "yes" or "no" answers: a question the skill asked in its last turn. */
public interface PendingAction {
  /** The name stored in the session while the question is open. */
  String name();

  Optional<Response> yes(Conversation conversation);

  Optional<Response> no(Conversation conversation);
}
