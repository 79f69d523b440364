package com.shoptalk.question;

/** An answer that cannot be taken as it is: a field too long, a bad link, a vote for no option. */
public final class InvalidAnswer extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String field;

  public InvalidAnswer(String field) {
    super("invalid " + field, null, false, false);
    this.field = field;
  }

  /** The offending field: {@code option}, {@code name}, {@code comment}, {@code idea}, {@code link} or {@code voter}. */
  public String field() {
    return field;
  }
}
