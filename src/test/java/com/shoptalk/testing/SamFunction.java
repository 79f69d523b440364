package com.shoptalk.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A function as {@code template.yaml} declares it: its handler, its memory and the JVM options
 * Lambda starts it with, so that tests and benchmarks run it the way AWS does.
 *
 * @param logicalId the resource name, e.g. {@code SkillFunction}; also the Makefile target's suffix
 * @param handler {@code class::method}
 * @param memoryMb the function's {@code MemorySize} (or the global one)
 * @param javaToolOptions the global {@code JAVA_TOOL_OPTIONS}, empty when none
 */
public record SamFunction(String logicalId, String handler, int memoryMb, String javaToolOptions) {
  public static final Path TEMPLATE = Path.of("template.yaml");

  /** Reads one function of the project's {@code template.yaml}. */
  public static SamFunction of(String logicalId) {
    List<String> lines;
    try {
      lines = Files.readAllLines(TEMPLATE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> globals = block(lines, "Globals");
    List<String> function = block(lines, logicalId);
    if (function.isEmpty()) {
      throw new IllegalArgumentException(logicalId + " is not in " + TEMPLATE);
    }
    String handler = value(function, "Handler")
        .orElseThrow(() -> new IllegalArgumentException(logicalId + " has no Handler"));
    int memory = Integer.parseInt(value(function, "MemorySize").or(() -> value(globals, "MemorySize")).orElse("128"));
    String options = value(globals, "JAVA_TOOL_OPTIONS").orElse("");
    return new SamFunction(logicalId, handler, memory, options);
  }

  /** The lines of a top-level section or of a resource, up to the next one at the same indentation. */
  private static List<String> block(List<String> lines, String name) {
    List<String> block = new ArrayList<>();
    int indent = -1;
    for (String line : lines) {
      int lead = line.length() - line.stripLeading().length();
      if (indent < 0) {
        if (line.strip().equals(name + ":")) {
          indent = lead;
        }
      } else if (!line.isBlank() && lead <= indent) {
        break;
      } else {
        block.add(line);
      }
    }
    return block;
  }

  private static Optional<String> value(List<String> block, String key) {
    Pattern pattern = Pattern.compile("^\\s*" + Pattern.quote(key) + ":\\s*\"?(.*?)\"?\\s*$");
    for (String line : block) {
      Matcher m = pattern.matcher(line);
      if (m.matches()) {
        return Optional.of(m.group(1));
      }
    }
    return Optional.empty();
  }
}
