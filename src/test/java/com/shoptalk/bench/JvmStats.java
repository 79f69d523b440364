package com.shoptalk.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Readings of another JVM with the JDK's own tools ({@code jcmd}, {@code jstat}): heap in use after
 * a full GC, metaspace, classes loaded and the time spent loading them, GC and JIT time.
 *
 * @param heapMb heap in use after a full GC
 * @param metaspaceMb metaspace in use
 * @param classes classes loaded
 * @param classLoadingMs time spent loading classes
 * @param gcMs time spent in GC (before the full GC this reading forced)
 * @param jitMs time spent compiling
 */
record JvmStats(double heapMb, double metaspaceMb, long classes, double classLoadingMs, double gcMs, double jitMs) {

  /** Reads a running JVM; {@code javaHome} is the JDK it runs on. */
  static JvmStats of(long pid, Path javaHome) throws IOException, InterruptedException {
    Path bin = javaHome.resolve("bin");
    Map<String, Double> compiler = columns(run(bin.resolve("jstat"), "-compiler", Long.toString(pid)));
    Map<String, Double> classes = columns(run(bin.resolve("jstat"), "-class", Long.toString(pid)));
    double gcBefore = columns(run(bin.resolve("jstat"), "-gc", Long.toString(pid))).getOrDefault("GCT", 0.0);
    run(bin.resolve("jcmd"), Long.toString(pid), "GC.run");
    Map<String, Double> gc = columns(run(bin.resolve("jstat"), "-gc", Long.toString(pid)));
    double heapKb = gc.getOrDefault("S0U", 0.0) + gc.getOrDefault("S1U", 0.0) + gc.getOrDefault("EU", 0.0)
        + gc.getOrDefault("OU", 0.0);
    return new JvmStats(heapKb / 1024, gc.getOrDefault("MU", 0.0) / 1024, Math.round(classes.getOrDefault("Loaded", 0.0)),
        classes.getOrDefault("Time", 0.0) * 1000, gcBefore * 1000, compiler.getOrDefault("Time", 0.0) * 1000);
  }

  /** jstat prints a header line and a value line; the first of two columns with one name wins. */
  private static Map<String, Double> columns(String output) {
    List<String> lines = output.lines().filter(l -> !l.isBlank()).toList();
    Map<String, Double> values = new HashMap<>();
    if (lines.size() < 2) {
      return values;
    }
    String[] names = lines.get(lines.size() - 2).trim().split("\\s+");
    String[] numbers = lines.get(lines.size() - 1).trim().split("\\s+");
    for (int i = 0; i < Math.min(names.length, numbers.length); i++) {
      try {
        values.putIfAbsent(names[i], Double.parseDouble(numbers[i]));
      } catch (NumberFormatException notANumber) {
        // a column jstat could not fill ("-")
      }
    }
    return values;
  }

  static String run(Path tool, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(tool.toString());
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] out = process.getInputStream().readAllBytes();
    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IOException(String.join(" ", command) + " failed: " + new String(out, StandardCharsets.UTF_8));
    }
    return new String(out, StandardCharsets.UTF_8);
  }
}
