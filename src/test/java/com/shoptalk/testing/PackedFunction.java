package com.shoptalk.testing;

import com.shoptalk.Config;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A function as {@code sam build} packs it, running in a process of its own under AWS's Java
 * runtime interface client ({@code AWSLambda <handler>}), fed by a {@link LambdaRuntimeApi} on
 * 127.0.0.1. The process gets the environment Lambda gives a function (and nothing of this one's):
 * the runtime API address, handler, task root, function name and memory, region, dummy
 * credentials, {@code JAVA_TOOL_OPTIONS} from the template, plus the function's own variables.
 */
public final class PackedFunction implements AutoCloseable {
  /** Where the build puts the runtime client and its libraries (pom.xml, copy-lambda-runtime-client). */
  public static final Path RUNTIME_CLIENT = Path.of("target", "lambda-runtime");
  private static final String MAIN = "com.amazonaws.services.lambda.runtime.api.client.AWSLambda";
  private static final String JNI_PROPERTY = "com.amazonaws.services.lambda.runtime.api.client.runtimeapi.NativeClient.JNI";
  private static Path nativeClient;

  private final SamFunction function;
  private final LambdaRuntimeApi api;
  private final Process process;
  private final Path log;
  private final long startNanos;

  private PackedFunction(SamFunction function, LambdaRuntimeApi api, Process process, Path log, long startNanos) {
    this.function = function;
    this.api = api;
    this.process = process;
    this.log = log;
    this.startNanos = startNanos;
  }

  /**
   * Packs a function as {@code sam build} does: runs the Makefile target {@code build-<logicalId>}
   * with {@code ARTIFACTS_DIR} set.
   *
   * @return {@code artifactsDir}
   * @throws IllegalStateException when the build fails; the message ends with its output
   */
  public static Path build(String logicalId, Path artifactsDir) {
    return build(logicalId, artifactsDir, Map.of());
  }

  /**
   * Packs a function as {@code sam build} does, with build inputs, e.g. the feeds its catalogs are built from
   * ({@code CATALOG_FEED_EN_US}, {@code CATALOG_FEED_DE_DE}).
   *
   * @return {@code artifactsDir}
   */
  public static Path build(String logicalId, Path artifactsDir, Map<String, String> buildEnv) {
    try {
      Files.createDirectories(artifactsDir);
      Path output = Files.createTempFile("sam-build-" + logicalId, ".log");
      ProcessBuilder make = new ProcessBuilder("make", "--no-print-directory", "build-" + logicalId)
          .redirectErrorStream(true)
          .redirectOutput(output.toFile());
      make.environment().putAll(buildEnv);
      make.environment().put("ARTIFACTS_DIR", artifactsDir.toAbsolutePath().toString());
      Process process = make.start();
      // Building the catalogs of 100,000 products per locale took more than 10 minutes on a busy machine.
      if (!process.waitFor(30, TimeUnit.MINUTES) || process.exitValue() != 0) {
        process.destroyForcibly();
        throw new IllegalStateException("make build-" + logicalId + " failed:\n" + Files.readString(output));
      }
      Files.deleteIfExists(output);
      return artifactsDir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted");
    }
  }

  /**
   * Packs the catalog layer as {@code sam build} does (the Makefile target {@code build-CatalogLayer}) and returns the
   * folder of its catalogs, what Lambda puts at {@code /opt/prebuilt-catalog}: hand it to a function as
   * {@code CATALOG_DIR} ({@link #catalogsOf}), since no test can put it at {@code /opt}.
   *
   * @param feeds build inputs: the feeds the catalogs are built from ({@code CATALOG_FEED_EN_US},
   *     {@code CATALOG_FEED_DE_DE}); none for the demo catalog
   * @return {@code artifactsDir}, the layer's content
   */
  public static Path buildLayer(Path artifactsDir, Map<String, String> feeds) {
    return build("CatalogLayer", artifactsDir, feeds);
  }

  /** The environment that shows a function the catalogs of a layer packed by {@link #buildLayer}. */
  public static Map<String, String> catalogsOf(Path layer) {
    return Map.of("CATALOG_DIR", layer.toAbsolutePath().resolve(Config.PACKED_CATALOGS).toString());
  }

  /**
   * Starts a packed function under the runtime client with the JVM of this process.
   *
   * @param artifactDir what {@link #build} packed: the task root
   * @param env the function's environment variables (TABLE_NAME, DYNAMODB_ENDPOINT, …)
   */
  public static PackedFunction start(SamFunction function, Path artifactDir, Map<String, String> env) {
    return start(function, artifactDir, env, Path.of(System.getProperty("java.home"), "bin", "java"), List.of());
  }

  /**
   * Starts a packed function under the runtime client.
   *
   * @param java the {@code java} executable to run it with
   * @param jvmOptions more JVM options (a profiler, say), after Lambda's own
   */
  public static PackedFunction start(SamFunction function, Path artifactDir, Map<String, String> env, Path java,
      List<String> jvmOptions) {
    Path taskRoot = artifactDir.toAbsolutePath();
    LambdaRuntimeApi api = LambdaRuntimeApi.start();
    try {
      List<String> command = new ArrayList<>();
      command.add(java.toString());
      // Like Lambda's Java runtime: serial GC, class data sharing, 85% of the function's memory as heap.
      command.add("-XX:+UseSerialGC");
      command.add("-Xshare:auto");
      command.add("-XX:MaxHeapSize=" + function.memoryMb() * 85 / 100 + "m");
      command.add("-D" + JNI_PROPERTY + "=" + nativeClient());
      command.addAll(jvmOptions);
      command.add("-cp");
      command.add(classPath(taskRoot));
      command.add(MAIN);
      command.add(function.handler());

      Path log = Files.createTempFile("lambda-" + function.logicalId(), ".log");
      ProcessBuilder builder = new ProcessBuilder(command)
          .directory(taskRoot.toFile())
          .redirectErrorStream(true)
          .redirectOutput(log.toFile());
      Map<String, String> environment = builder.environment();
      String path = environment.getOrDefault("PATH", "/usr/bin:/bin");
      environment.clear();
      environment.putAll(lambdaEnvironment(function, api, taskRoot));
      environment.put("PATH", path);
      environment.putAll(env);
      long start = System.nanoTime();
      Process process = builder.start();
      PackedFunction running = new PackedFunction(function, api, process, log, start);
      process.onExit().thenRun(() -> api.functionGone(
          function.logicalId() + " exited with " + process.exitValue() + ":\n" + running.log()));
      return running;
    } catch (IOException | RuntimeException e) {
      api.close();
      throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
    }
  }

  /** Waits until the function finished its init (it asks for its first event). */
  public PackedFunction awaitInit(Duration timeout) {
    api.awaitFirstPoll(timeout);
    return this;
  }

  /** Sends one event and waits for the answer. */
  public LambdaRuntimeApi.Answer invoke(byte[] event, Duration timeout) {
    return api.invoke(event, timeout);
  }

  /** Sends one event and returns its payload; fails when the function reported an error. */
  public String answer(String event, Duration timeout) {
    LambdaRuntimeApi.Answer answer = invoke(event.getBytes(StandardCharsets.UTF_8), timeout);
    if (!answer.ok()) {
      throw new IllegalStateException(function.logicalId() + " reported " + answer.errorType() + ": "
          + answer.text() + "\n" + log());
    }
    return answer.text();
  }

  /** {@link System#nanoTime()} just before the process started. */
  public long startNanos() {
    return startNanos;
  }

  /** Nanoseconds from the process start to its first request for an event: Lambda's init duration. */
  public long initNanos() {
    long first = api.firstPollNanos();
    return first == 0 ? -1 : first - startNanos;
  }

  public long pid() {
    return process.pid();
  }

  public SamFunction function() {
    return function;
  }

  /** What the function printed (its log). */
  public String log() {
    try {
      return Files.readString(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    api.close();
    try {
      Files.deleteIfExists(log);
    } catch (IOException e) {
      // a temp file; the OS cleans up
    }
  }

  private static Map<String, String> lambdaEnvironment(SamFunction function, LambdaRuntimeApi api, Path taskRoot) {
    Map<String, String> env = new HashMap<>();
    env.put("AWS_LAMBDA_RUNTIME_API", api.address());
    env.put("_HANDLER", function.handler());
    env.put("LAMBDA_TASK_ROOT", taskRoot.toString());
    env.put("LAMBDA_RUNTIME_DIR", RUNTIME_CLIENT.toAbsolutePath().toString());
    env.put("AWS_EXECUTION_ENV", "AWS_Lambda_java21");
    env.put("AWS_LAMBDA_FUNCTION_NAME", function.logicalId());
    env.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
    env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(function.memoryMb()));
    env.put("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand");
    env.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/" + function.logicalId());
    env.put("AWS_LAMBDA_LOG_STREAM_NAME", "local");
    env.put("AWS_REGION", "us-east-1");
    env.put("AWS_DEFAULT_REGION", "us-east-1");
    env.put("AWS_ACCESS_KEY_ID", "local");
    env.put("AWS_SECRET_ACCESS_KEY", "local");
    env.put("AWS_SESSION_TOKEN", "local");
    env.put("TZ", "UTC");
    env.put("LANG", "en_US.UTF-8");
    if (!function.javaToolOptions().isBlank()) {
      env.put("JAVA_TOOL_OPTIONS", function.javaToolOptions());
    }
    return env;
  }

  /**
   * The runtime client's native library, unpacked once per JVM into a file of its own: left to
   * itself the client unpacks it to one fixed path in /tmp, and two functions starting at once
   * (or two builds on one machine) overwrite each other's copy while loading it.
   */
  private static synchronized Path nativeClient() throws IOException {
    if (nativeClient == null) {
      String arch = System.getProperty("os.arch").matches("aarch64|arm64") ? "aarch_64" : "x86_64";
      String entry = "jni/libaws-lambda-jni.linux-" + arch + ".so";
      Path jar;
      try (Stream<Path> jars = Files.list(RUNTIME_CLIENT)) {
        jar = jars.filter(p -> p.getFileName().toString().startsWith("aws-lambda-java-runtime-interface-client"))
            .findFirst().orElseThrow(() -> new IllegalStateException("no runtime client in " + RUNTIME_CLIENT));
      }
      Path library = Files.createTempFile("aws-lambda-jni", ".so");
      library.toFile().deleteOnExit();
      try (ZipFile zip = new ZipFile(jar.toFile())) {
        ZipEntry found = zip.getEntry(entry);
        if (found == null) {
          throw new IllegalStateException(entry + " is not in " + jar);
        }
        try (var in = zip.getInputStream(found)) {
          Files.copy(in, library, StandardCopyOption.REPLACE_EXISTING);
        }
      }
      nativeClient = library;
    }
    return nativeClient;
  }

  /** The runtime client's jars first (Lambda's own), then the task root and its {@code lib/*}. */
  private static String classPath(Path taskRoot) throws IOException {
    if (!Files.isDirectory(RUNTIME_CLIENT)) {
      throw new IllegalStateException(RUNTIME_CLIENT + " is missing: run ./mvnw test-compile first");
    }
    List<String> entries = new ArrayList<>();
    try (Stream<Path> jars = Files.list(RUNTIME_CLIENT)) {
      jars.filter(p -> p.toString().endsWith(".jar")).sorted()
          .forEach(p -> entries.add(p.toAbsolutePath().toString()));
    }
    entries.add(taskRoot.toString());
    entries.add(taskRoot.resolve("lib") + File.separator + "*");
    return String.join(File.pathSeparator, entries);
  }
}
