package com.shoptalk.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The Lambda Runtime API (version 2018-06-01) for one function, on 127.0.0.1: it hands the events
 * given to {@link #invoke} to the runtime client that polls {@code GET /runtime/invocation/next},
 * and returns what the client posts back ({@code …/response} or {@code …/error}). It also accepts
 * {@code POST /runtime/init/error} and SnapStart's {@code GET /runtime/restore/next}.
 *
 * <p>It records when the runtime first asked for an event ({@link #firstPollNanos()}): Lambda
 * counts a function's init duration up to that moment.
 */
public final class LambdaRuntimeApi implements AutoCloseable {
  private static final String PREFIX = "/2018-06-01/runtime/";
  private static final Duration POLL_SLICE = Duration.ofMillis(200);

  static {
    // The JDK's HTTP server writes headers and body apart; with Nagle's algorithm and the client's
    // delayed ACK every event would wait ~40 ms. Read once, when the JVM's first HttpServer starts.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
    Thread thread = new Thread(r, "lambda-runtime-api");
    thread.setDaemon(true);
    return thread;
  });
  private final BlockingQueue<Pending> events = new LinkedBlockingQueue<>();
  private final Map<String, Pending> inFlight = new ConcurrentHashMap<>();
  private final AtomicLong firstPollNanos = new AtomicLong();
  private final AtomicLong restorePollNanos = new AtomicLong();
  private final AtomicReference<String> initError = new AtomicReference<>();
  private final AtomicReference<String> gone = new AtomicReference<>();
  private volatile boolean open = true;

  private LambdaRuntimeApi() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(executor);
    server.createContext(PREFIX, this::route);
  }

  /** Starts the API on an ephemeral port of 127.0.0.1. */
  public static LambdaRuntimeApi start() {
    try {
      LambdaRuntimeApi api = new LambdaRuntimeApi();
      api.server.start();
      return api;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What the runtime client's {@code AWS_LAMBDA_RUNTIME_API} must be: {@code 127.0.0.1:<port>}. */
  public String address() {
    return "127.0.0.1:" + server.getAddress().getPort();
  }

  /**
   * Hands one event to the function and waits for its answer.
   *
   * @throws IllegalStateException when the function reported an init error, its process ended
   *     (see {@link #functionGone}) or it did not answer in time
   */
  public Answer invoke(byte[] event, Duration timeout) {
    Pending pending = new Pending(UUID.randomUUID().toString(), event);
    inFlight.put(pending.id, pending);
    events.add(pending);
    failIfDone();
    try {
      return pending.answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new IllegalStateException("no answer from the function within " + timeout);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted");
    } finally {
      inFlight.remove(pending.id);
      events.remove(pending);
    }
  }

  /** Waits until the runtime asks for its first event (its init is done), or fails like {@link #invoke}. */
  public void awaitFirstPoll(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (firstPollNanos.get() == 0) {
      failIfDone();
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the function did not finish its init within " + timeout);
      }
      try {
        Thread.sleep(2);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted");
      }
    }
  }

  /** {@link System#nanoTime()} when the runtime first asked for an event, or 0. */
  public long firstPollNanos() {
    return firstPollNanos.get();
  }

  /** {@link System#nanoTime()} when the runtime reported a SnapStart snapshot ready, or 0. */
  public long restorePollNanos() {
    return restorePollNanos.get();
  }

  /** The init error the runtime reported, if any. */
  public Optional<String> initError() {
    return Optional.ofNullable(initError.get());
  }

  /** Tells waiting callers that the function's process has ended, so they fail at once. */
  public void functionGone(String why) {
    gone.set(why);
    inFlight.values().forEach(p -> p.answer.completeExceptionally(new IllegalStateException(why)));
  }

  @Override
  public void close() {
    open = false;
    server.stop(0);
    executor.shutdownNow();
  }

  private void failIfDone() {
    if (initError.get() != null) {
      throw new IllegalStateException("the function failed its init: " + initError.get());
    }
    if (gone.get() != null) {
      throw new IllegalStateException(gone.get());
    }
  }

  private void route(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath().substring(PREFIX.length());
      String method = exchange.getRequestMethod();
      byte[] body = exchange.getRequestBody().readAllBytes();
      if (method.equals("GET") && path.equals("invocation/next")) {
        next(exchange);
      } else if (method.equals("POST") && path.startsWith("invocation/") && path.endsWith("/response")) {
        complete(exchange, path.substring("invocation/".length(), path.length() - "/response".length()),
            Answer.success(body));
      } else if (method.equals("POST") && path.startsWith("invocation/") && path.endsWith("/error")) {
        String type = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Lambda-Runtime-Function-Error-Type"))
            .orElse("");
        complete(exchange, path.substring("invocation/".length(), path.length() - "/error".length()),
            Answer.error(type, body));
      } else if (method.equals("POST") && (path.equals("init/error") || path.equals("restore/error"))) {
        initError.set(new String(body, StandardCharsets.UTF_8));
        inFlight.values().forEach(p -> p.answer.completeExceptionally(
            new IllegalStateException("the function failed its init: " + initError.get())));
        respond(exchange, 202, "{\"status\":\"OK\"}");
      } else if (method.equals("GET") && path.equals("restore/next")) {
        restorePollNanos.compareAndSet(0, System.nanoTime());
        respond(exchange, 200, "");
      } else {
        respond(exchange, 404, "{\"errorMessage\":\"unknown path\"}");
      }
    }
  }

  private void next(HttpExchange exchange) throws IOException {
    firstPollNanos.compareAndSet(0, System.nanoTime());
    Pending pending = null;
    try {
      while (open && pending == null) {
        pending = events.poll(POLL_SLICE.toMillis(), TimeUnit.MILLISECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (pending == null) {
      respond(exchange, 500, "{\"errorMessage\":\"shutting down\"}");
      return;
    }
    var headers = exchange.getResponseHeaders();
    headers.set("Content-Type", "application/json");
    headers.set("Lambda-Runtime-Aws-Request-Id", pending.id);
    headers.set("Lambda-Runtime-Deadline-Ms", Long.toString(System.currentTimeMillis() + 10_000));
    headers.set("Lambda-Runtime-Invoked-Function-Arn", "arn:aws:lambda:us-east-1:000000000000:function:local");
    headers.set("Lambda-Runtime-Trace-Id", "Root=1-00000000-000000000000000000000000;Sampled=0");
    exchange.sendResponseHeaders(200, pending.event.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(pending.event);
    }
  }

  private void complete(HttpExchange exchange, String id, Answer answer) throws IOException {
    Pending pending = inFlight.get(id);
    if (pending == null) {
      respond(exchange, 400, "{\"errorMessage\":\"unknown request id\"}");
      return;
    }
    pending.answer.complete(answer);
    respond(exchange, 202, "{\"status\":\"OK\"}");
  }

  private static void respond(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  /**
   * What the function answered: its response payload, or the error it reported.
   *
   * @param errorType empty for a response, else the {@code Lambda-Runtime-Function-Error-Type}
   * @param nanos {@link System#nanoTime()} when the answer arrived
   */
  public record Answer(boolean ok, String errorType, byte[] body, long nanos) {
    static Answer success(byte[] body) {
      return new Answer(true, "", body, System.nanoTime());
    }

    static Answer error(String type, byte[] body) {
      return new Answer(false, type, body, System.nanoTime());
    }

    public String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  private static final class Pending {
    final String id;
    final byte[] event;
    final CompletableFuture<Answer> answer = new CompletableFuture<>();

    Pending(String id, byte[] event) {
      this.id = id;
      this.event = event;
    }
  }
}
