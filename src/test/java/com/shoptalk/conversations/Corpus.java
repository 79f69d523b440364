package com.shoptalk.conversations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The conversation corpus of one locale, read from {@code src/test/resources/conversations/<locale>/}:
 * one file per shopper ({@code *.txt}), and {@code checks.txt} with what each named check means.
 * The format is described in the corpus folder's README.
 */
record Corpus(String locale, List<Shopper> shoppers) {
  static final Path ROOT = Path.of("src/test/resources/conversations");
  private static final Pattern TURN = Pattern.compile("^(.+?)\\s+=>\\s+(\\S+)\\s*(?:\\|\\s*(.*))?$");

  /** A file: one shopper's sessions, in order, on the same account. */
  record Shopper(String file, List<Session> sessions) {}

  /** A session: what the shopper said, turn by turn, from opening the skill to leaving it. */
  record Session(String title, List<Turn> turns) {}

  /** One thing the shopper says, the intent Alexa should hear, and what the answer must show. */
  record Turn(String file, int line, String utterance, String intent, List<Check> checks) {
    /** The place in the corpus, for reports: {@code living-room.txt:12}. */
    String where() {
      return file + ":" + line;
    }
  }

  /**
   * One expectation: a named pattern from {@code checks.txt}, a literal in quotes, or a structural
   * check ({@code ends}, {@code continues}, {@code link}); negated ones must not be found.
   */
  record Check(String name, Pattern pattern, boolean negated) {
    @Override
    public String toString() {
      return (negated ? "!" : "") + name;
    }
  }

  static Corpus load(String locale) {
    Path folder = ROOT.resolve(locale);
    Map<String, Pattern> named = checks(folder.resolve("checks.txt"));
    try (Stream<Path> files = Files.list(folder)) {
      List<Shopper> shoppers = files
          .filter(f -> f.getFileName().toString().endsWith(".txt") && !f.getFileName().toString().equals("checks.txt"))
          .sorted()
          .map(f -> shopper(f, named))
          .toList();
      return new Corpus(locale, shoppers);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  List<Turn> turns() {
    return shoppers.stream().flatMap(s -> s.sessions().stream()).flatMap(s -> s.turns().stream()).toList();
  }

  private static Map<String, Pattern> checks(Path file) {
    var named = new LinkedHashMap<String, Pattern>();
    for (String line : lines(file)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int eq = line.indexOf(" = ");
      if (eq < 0) {
        throw new IllegalArgumentException(file + ": not 'name = pattern': " + line);
      }
      named.put(line.substring(0, eq).strip(),
          Pattern.compile(line.substring(eq + 3).strip(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }
    return named;
  }

  private static Shopper shopper(Path file, Map<String, Pattern> named) {
    String name = file.getFileName().toString();
    var sessions = new ArrayList<Session>();
    List<String> lines = lines(file);
    List<Turn> turns = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("==")) {
        turns = new ArrayList<>();
        sessions.add(new Session(line.substring(2).strip(), turns));
        continue;
      }
      var m = TURN.matcher(line);
      if (turns == null || !m.matches()) {
        throw new IllegalArgumentException(name + ":" + (i + 1) + ": expected '== title' or 'utterance => intent | checks': " + line);
      }
      turns.add(new Turn(name, i + 1, m.group(1).strip(), m.group(2), checks(m.group(3), named, name + ":" + (i + 1))));
    }
    return new Shopper(name, sessions);
  }

  private static List<Check> checks(String spec, Map<String, Pattern> named, String where) {
    var checks = new ArrayList<Check>();
    if (spec == null || spec.isBlank()) {
      return checks;
    }
    for (String part : spec.split(",")) {
      String item = part.strip();
      boolean negated = item.startsWith("!");
      String name = negated ? item.substring(1).strip() : item;
      if (name.startsWith("\"") && name.endsWith("\"") && name.length() > 2) {
        String literal = name.substring(1, name.length() - 1);
        checks.add(new Check(name, Pattern.compile(Pattern.quote(literal), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), negated));
      } else if (List.of("ends", "continues", "link").contains(name)) {
        checks.add(new Check(name, null, negated));
      } else if (named.containsKey(name)) {
        checks.add(new Check(name, named.get(name), negated));
      } else {
        throw new IllegalArgumentException(where + ": unknown check '" + name + "' (define it in checks.txt)");
      }
    }
    return checks;
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
