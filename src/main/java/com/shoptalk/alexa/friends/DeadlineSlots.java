package com.shoptalk.alexa.friends;

import com.shoptalk.alexa.Conversation;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The deadline a shopper says with a question ("until tomorrow evening"), from AMAZON.DATE and AMAZON.TIME. */
final class DeadlineSlots {
  private static final Map<String, LocalTime> TIMES_OF_DAY = Map.of(
      "MO", LocalTime.of(9, 0), "AF", LocalTime.of(15, 0), "EV", LocalTime.of(19, 0), "NI", LocalTime.of(22, 0));
  private static final LocalTime EVENING = LocalTime.of(20, 0);

  private DeadlineSlots() {}

  /** The time zone a deadline is meant in: the locale's main one (the device's zone needs another permission). */
  static ZoneId zone(Locale locale) {
    return locale.getLanguage().equals("de") ? ZoneId.of("Europe/Berlin") : ZoneId.of("America/New_York");
  }

  /**
   * The deadline in the {@code deadlineDate} / {@code deadlineTime} slots, if one was said and
   * understood; a date alone means that evening, a time alone today.
   */
  static Optional<Instant> said(Conversation conversation, Clock clock) {
    Optional<String> date = conversation.slot("deadlineDate");
    Optional<String> time = conversation.slot("deadlineTime");
    if (date.isEmpty() && time.isEmpty()) {
      return Optional.empty();
    }
    ZoneId zone = zone(conversation.locale());
    LocalDate day;
    try {
      day = date.map(LocalDate::parse).orElse(LocalDate.now(clock.withZone(zone)));
    } catch (DateTimeParseException notADay) {
      return Optional.empty();
    }
    LocalTime at = time.map(t -> TIMES_OF_DAY.getOrDefault(t, parseTime(t))).orElse(EVENING);
    return at == null ? Optional.empty() : Optional.of(ZonedDateTime.of(day, at, zone).toInstant());
  }

  private static LocalTime parseTime(String value) {
    try {
      return LocalTime.parse(value);
    } catch (DateTimeParseException notATime) {
      return null;
    }
  }
}
