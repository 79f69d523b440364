package com.shoptalk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point one way: {@code alexa} and {@code web} → domain → repository interfaces; only
 * {@code alexa} imports the ASK SDK, only {@code persistence} the DynamoDB SDK; nothing below imports
 * {@code alexa} or {@code web}. The composition root ({@code com.shoptalk}) and the local run wire
 * everything and may import any layer.
 */
class LayersTest {
  private static final Path SOURCES = Path.of("src/main/java/com/shoptalk");
  private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+)", Pattern.MULTILINE);
  /** Packages that wire layers together. */
  private static final Set<String> WIRING = Set.of("", "local");
  /** The layers on top: nothing else imports them. */
  private static final Set<String> FRONTS = Set.of("alexa", "web");

  /** Imports that break the rules today, each with the work that removes it; keep this empty. */
  private static final Set<String> KNOWN = Set.of();

  @Test
  void only_the_alexa_layer_imports_the_ask_sdk() {
    assertEquals(List.of(), violations((pkg, imported) -> imported.startsWith("com.amazon.ask.") && !pkg.equals("alexa")));
  }

  @Test
  void only_persistence_imports_the_dynamodb_sdk() {
    assertEquals(List.of(), violations((pkg, imported) ->
        imported.startsWith("com.amazonaws.services.dynamodbv2.") && !pkg.equals("persistence")));
  }

  @Test
  void nothing_below_imports_alexa_or_web() {
    assertEquals(List.of(), violations((pkg, imported) -> {
      String target = layerOf(imported);
      return FRONTS.contains(target) && !target.equals(pkg) && !WIRING.contains(pkg);
    }));
  }

  @Test
  void the_domain_imports_no_persistence_and_no_wiring() {
    assertEquals(List.of(), violations((pkg, imported) -> {
      String target = layerOf(imported);
      boolean domain = !FRONTS.contains(pkg) && !WIRING.contains(pkg) && !pkg.equals("persistence");
      return domain && imported.startsWith("com.shoptalk.")
          && (target.equals("persistence") || WIRING.contains(target));
    }));
  }

  private interface Rule {
    boolean broken(String importingPackage, String imported);
  }

  private static List<String> violations(Rule rule) {
    var found = new ArrayList<String>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String relative = SOURCES.relativize(file).toString().replace('\\', '/');
        String pkg = relative.contains("/") ? relative.substring(0, relative.indexOf('/')) : "";
        Matcher m = IMPORT.matcher(Files.readString(file));
        while (m.find()) {
          String entry = relative + " -> " + m.group(1);
          if (rule.broken(pkg, m.group(1)) && !KNOWN.contains(entry)) {
            found.add(entry);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return found;
  }

  /** The top-level ShopTalk package of a class name: {@code alexa}, {@code web}, … ; {@code ""} for the root. */
  private static String layerOf(String imported) {
    if (!imported.startsWith("com.shoptalk.")) {
      return "-";
    }
    String rest = imported.substring("com.shoptalk.".length());
    int dot = rest.indexOf('.');
    String first = dot < 0 ? rest : rest.substring(0, dot);
    return Character.isUpperCase(first.charAt(0)) ? "" : first;
  }
}
