package com.shoptalk.local;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Dates and times as people say them, resolved the way Alexa fills AMAZON.DATE and AMAZON.TIME. */
final class SpokenDates {
  private static final Map<String, Integer> RELATIVE = Map.of(
      "today", 0, "tonight", 0, "tomorrow", 1, "the day after tomorrow", 2,
      "heute", 0, "heute abend", 0, "morgen", 1, "übermorgen", 2);
  private static final Map<String, DayOfWeek> WEEKDAYS = Map.ofEntries(
      Map.entry("monday", DayOfWeek.MONDAY), Map.entry("tuesday", DayOfWeek.TUESDAY),
      Map.entry("wednesday", DayOfWeek.WEDNESDAY), Map.entry("thursday", DayOfWeek.THURSDAY),
      Map.entry("friday", DayOfWeek.FRIDAY), Map.entry("saturday", DayOfWeek.SATURDAY),
      Map.entry("sunday", DayOfWeek.SUNDAY), Map.entry("montag", DayOfWeek.MONDAY),
      Map.entry("dienstag", DayOfWeek.TUESDAY), Map.entry("mittwoch", DayOfWeek.WEDNESDAY),
      Map.entry("donnerstag", DayOfWeek.THURSDAY), Map.entry("freitag", DayOfWeek.FRIDAY),
      Map.entry("samstag", DayOfWeek.SATURDAY), Map.entry("sonntag", DayOfWeek.SUNDAY));
  private static final Map<String, String> TIMES_OF_DAY = Map.of(
      "morning", "MO", "afternoon", "AF", "evening", "EV", "night", "NI",
      "früh", "MO", "vormittag", "MO", "nachmittag", "AF", "abend", "EV", "nacht", "NI", "mittag", "12:00");

  private SpokenDates() {}

  static Optional<String> date(String spoken, Locale locale) {
    String text = spoken.replaceFirst("^(on |next |am |nächsten |nächstem )", "").trim();
    LocalDate today = LocalDate.now();
    if (RELATIVE.containsKey(text)) {
      return Optional.of(today.plusDays(RELATIVE.get(text)).toString());
    }
    if (WEEKDAYS.containsKey(text)) {
      return Optional.of(today.with(TemporalAdjusters.next(WEEKDAYS.get(text))).toString());
    }
    if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
      return Optional.of(text);
    }
    return Optional.empty();
  }

  static Optional<String> time(String spoken, Locale locale) {
    String text = spoken.replaceFirst("^(in the |at |um |am )", "").replaceFirst(" ?(uhr|o'clock)$", "").trim();
    if (TIMES_OF_DAY.containsKey(text)) {
      return Optional.of(TIMES_OF_DAY.get(text));
    }
    var m = java.util.regex.Pattern.compile("^(\\d{1,2})(?::(\\d{2}))? ?(am|pm)?$").matcher(text);
    if (m.matches()) {
      int hour = Integer.parseInt(m.group(1));
      int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
      if ("pm".equals(m.group(3)) && hour < 12) {
        hour += 12;
      }
      if (hour < 24 && minute < 60) {
        return Optional.of(String.format(Locale.ROOT, "%02d:%02d", hour, minute));
      }
    }
    return Optional.empty();
  }
}
