package com.shoptalk.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shoptalk.testing.Expect;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's tour as a developer takes it: the local run in a JVM of its own, with the class path
 * {@code ./mvnw compile exec:java} gives it, the console fed on standard input, the e-mails read back
 * from the outbox folder.
 */
class LocalRunEmailTest {
  private static final String CONSOLE = """
      :email you@example.com
      open shop talk
      find a lounge chair
      ask my friends about the first and the second
      yes
      :locale de-DE
      öffne einkaufs helfer
      finde einen sessel
      frag meine freunde nach der ersten und der zweiten
      ja
      """;
  private static final String INPUT_CLOSED = "Console input closed";
  private static final Pattern LINK = Pattern.compile("http://127\\.0\\.0\\.1:\\d+/q/[A-Za-z0-9_-]+");

  @TempDir Path folder;

  @Test
  void emails_the_question_link_in_both_languages() throws Exception {
    Path dataDir = folder.resolve("data");
    String console = run(dataDir);

    Expect.contains("alexa> Done! I e-mailed you the link and put it in your Alexa app.", console);
    Expect.contains("alexa> Erledigt! Der Link ist gemailt und in deiner Alexa App.", console);
    List<String> links = LINK.matcher(console).results().map(m -> m.group()).distinct().toList();
    assertEquals(2, links.size(), console);
    List<Path> mails = outbox(dataDir.resolve("outbox"));
    assertEquals(2, mails.size(), console);
    ReadableQuestionEmail.assertReadable(Parsed.message(Files.readAllBytes(mails.get(0))), "en-US", links.get(0));
    ReadableQuestionEmail.assertReadable(Parsed.message(Files.readAllBytes(mails.get(1))), "de-DE", links.get(1));
  }

  /** Runs the local run with the console script and returns what it printed, once the script is done. */
  private String run(Path dataDir) throws Exception {
    Path script = Files.writeString(folder.resolve("console.txt"), CONSOLE, StandardCharsets.UTF_8);
    Path out = folder.resolve("stdout.txt");
    Path err = folder.resolve("stderr.txt");
    var command = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-Dfile.encoding=UTF-8", "-Dsun.stdout.encoding=UTF-8",
        "-Dsqlite4java.library.path=" + System.getProperty("sqlite4java.library.path", "target/native-libs"),
        "-Daws.java.v1.disableDeprecationAnnouncement=true",
        "-cp", Isolated.localRunClassPath(), "com.shoptalk.local.LocalMain")
        .redirectInput(script.toFile())
        .redirectOutput(out.toFile())
        .redirectError(err.toFile());
    command.environment().put("SHOPTALK_DATA_DIR", dataDir.toString());
    command.environment().put("SHOPTALK_PORT", String.valueOf(freePort()));
    command.environment().put("DDB_LOCAL_TELEMETRY", "0");
    Process process = command.start();
    try {
      Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
      while (!read(out).contains(INPUT_CLOSED) && process.isAlive() && Instant.now().isBefore(deadline)) {
        Thread.sleep(200);
      }
    } finally {
      // The server keeps running after the console input ends, as the README says: stop it like Ctrl+C.
      process.destroy();
      if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
    String console = read(out);
    assertTrue(console.contains(INPUT_CLOSED), () -> "the local run did not finish the script:\n" + console + "\n" + read(err));
    Expect.doesNotContain("e-mail not sent", read(err));
    return console;
  }

  private static List<Path> outbox(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(file -> file.toString().endsWith(".eml")).sorted().toList();
    }
  }

  private static String read(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static int freePort() throws IOException {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
