package com.shoptalk.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a function's start-up goes, from a Java Flight Recorder recording of it (method samples
 * every 10 ms): the share of samples inside each ShopTalk method (inclusive), inside class loading,
 * and by the package of the running code (exclusive).
 */
final class InitProfile {
  /** JVM options that record from the first instruction on, with deep enough stacks to see the callers. */
  static final List<String> JVM_OPTIONS = List.of("-XX:FlightRecorderOptions:stackdepth=512",
      "-XX:StartFlightRecording=name=init,settings=profile");

  private InitProfile() {
  }

  /** Dumps the recording of a running JVM started with {@link #JVM_OPTIONS} and summarizes it. */
  static List<String> of(long pid, Path javaHome, Path file) throws IOException, InterruptedException {
    JvmStats.run(javaHome.resolve("bin").resolve("jcmd"), Long.toString(pid), "JFR.dump", "name=init",
        "filename=" + file.toAbsolutePath());
    Map<String, Integer> inclusive = new HashMap<>();
    Map<String, Integer> exclusive = new HashMap<>();
    int total = 0;
    int classLoading = 0;
    for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
      if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
        continue;
      }
      total++;
      List<RecordedFrame> frames = event.getStackTrace().getFrames();
      if (!frames.isEmpty()) {
        exclusive.merge(packageOf(frames.get(0).getMethod()), 1, Integer::sum);
      }
      Set<String> seen = new HashSet<>();
      boolean loading = false;
      for (RecordedFrame frame : frames) {
        RecordedMethod method = frame.getMethod();
        String type = method.getType().getName();
        if ((type.equals("java.lang.ClassLoader") && (method.getName().startsWith("loadClass")
            || method.getName().startsWith("defineClass"))) || type.startsWith("jdk.internal.loader.")) {
          loading = true;
        }
        if (type.startsWith("com.shoptalk.") && seen.add(type + "." + method.getName())) {
          inclusive.merge(shortName(type) + "." + method.getName(), 1, Integer::sum);
        }
      }
      if (loading) {
        classLoading++;
      }
    }
    List<String> lines = new ArrayList<>();
    if (total == 0) {
      lines.add("no method samples recorded");
      return lines;
    }
    int all = total;
    lines.add(String.format(Locale.ROOT, "%d method samples (every 10 ms of running Java code; time in native code, "
        + "GC and the JIT is not sampled)", all));
    lines.add(String.format(Locale.ROOT, "inside class loading (ClassLoader.loadClass/defineClass): %.0f %%",
        100.0 * classLoading / all));
    lines.add("inside ShopTalk methods (inclusive, top 15):");
    inclusive.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(15)
        .forEach(e -> lines.add(String.format(Locale.ROOT, "  %5.1f %%  %s", 100.0 * e.getValue() / all, e.getKey())));
    lines.add("running code by package (exclusive, top 10):");
    exclusive.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(10)
        .forEach(e -> lines.add(String.format(Locale.ROOT, "  %5.1f %%  %s", 100.0 * e.getValue() / all, e.getKey())));
    return lines;
  }

  private static String shortName(String type) {
    return type.substring("com.shoptalk.".length());
  }

  private static String packageOf(RecordedMethod method) {
    String type = method.getType().getName();
    String[] parts = type.split("\\.");
    int depth = type.startsWith("com.") || type.startsWith("org.") ? 3 : 2;
    return String.join(".", java.util.Arrays.copyOf(parts, Math.min(depth, Math.max(1, parts.length - 1))));
  }
}
