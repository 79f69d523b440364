package com.shoptalk.monitoring;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One log line per request, for an operator: which function, the request id, the intent or route,
 * the locale, the outcome, the latency and what the data store did meanwhile (calls, retries, faults,
 * failed reads and writes). The line is a JSON object that is also a CloudWatch Embedded Metric Format
 * document ({@link MetricLine}), so the same line gives the metrics: latency, store faults and retries,
 * failed reads and writes, answers that said "not done", per function.
 *
 * <p>No personal data: no user or person ids, no e-mail addresses, no names, no slot values or
 * search words, no comments, no question tokens and no raw paths (a page is named by its route,
 * {@code /q/{token}/vote}). The store's faults are named by their kind only.
 *
 * <p>The entry point opens it for the request's thread ({@link #begin}); the layers below add to
 * {@link #current()}; {@link #close()} writes the line. In Lambda the line goes to standard output,
 * where Lambda's JSON log format keeps it as it is (its {@code level} and {@code timestamp} are
 * Lambda's) and CloudWatch extracts the metrics; elsewhere to the {@code com.shoptalk.requests}
 * logger at debug level.
 */
public final class RequestLog implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger("com.shoptalk.requests");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ThreadLocal<RequestLog> CURRENT = new ThreadLocal<>();
  private static final Consumer<String> DEFAULT_SINK = System.getenv("AWS_LAMBDA_FUNCTION_NAME") != null
      ? line -> System.out.println(line)
      : LOG::debug;
  private static volatile Consumer<String> sink = DEFAULT_SINK;

  /** How a request ended. */
  public enum Outcome {
    /** Answered as asked. */
    OK("ok"),
    /** Answered, without something optional the store could not give (welcome back, news, bookkeeping). */
    FALLBACK("fallback"),
    /** The answer said that the store could not do what was asked ("not saved", "can't read", a 503 page). */
    STORE_FAILED("store-failed"),
    /** The request itself was wrong (malformed, unknown page, not for this skill, too many posts). */
    REJECTED("rejected"),
    /** Something unexpected failed; the answer was an apology. */
    ERROR("error");

    private final String word;

    Outcome(String word) {
      this.word = word;
    }

    /** The outcome as logged. */
    public String word() {
      return word;
    }
  }

  private final String function;
  private final String requestId;
  private final long startNanos = System.nanoTime();
  private final Instant start = Instant.now();
  private final StoreCalls store = new StoreCalls();
  private final boolean open;
  private final RequestLog outer;
  private String name = "unknown";
  private String locale;
  private Integer status;
  private Outcome outcome = Outcome.OK;

  private RequestLog(String function, String requestId, boolean open, RequestLog outer) {
    this.function = function;
    this.requestId = requestId;
    this.open = open;
    this.outer = outer;
  }

  /**
   * Opens the log of a request on this thread; close it when the answer is written.
   *
   * @param function {@code skill} or {@code web}
   * @param requestId Lambda's request id, or the request's own
   */
  public static RequestLog begin(String function, String requestId) {
    var log = new RequestLog(Objects.requireNonNull(function), requestId, true, CURRENT.get());
    CURRENT.set(log);
    return log;
  }

  /** The request being answered on this thread; outside one, a log that writes nothing. */
  public static RequestLog current() {
    RequestLog log = CURRENT.get();
    return log != null ? log : new RequestLog("none", null, false, null);
  }

  /** Where lines go from now on (tests); returns the previous sink. {@code null} restores the default. */
  public static Consumer<String> sink(Consumer<String> lines) {
    Consumer<String> previous = sink;
    sink = lines == null ? DEFAULT_SINK : lines;
    return previous;
  }

  /** The intent (or the yes/no's question, or the request type) or the page's route. */
  public RequestLog name(String name) {
    this.name = name;
    return this;
  }

  /** The intent or route, as logged. */
  public String name() {
    return name;
  }

  /** The language the answer is in ({@code en-US}, {@code de-DE}). */
  public RequestLog locale(Locale locale) {
    this.locale = locale == null ? null : locale.toLanguageTag();
    return this;
  }

  /** The HTTP status of a page. */
  public RequestLog status(int status) {
    this.status = status;
    return this;
  }

  /** How the request ended; a worse outcome noted earlier stays. */
  public RequestLog outcome(Outcome outcome) {
    if (outcome.ordinal() > this.outcome.ordinal()) {
      this.outcome = outcome;
    }
    return this;
  }

  /** What the store did during this request. */
  public StoreCalls store() {
    return store;
  }

  /** The outcome as it stands: answered without a store read or write that failed is a fallback. */
  public Outcome outcome() {
    return outcome == Outcome.OK && store.anyFailed() ? Outcome.FALLBACK : outcome;
  }

  /** Writes the line and ends the request on this thread. */
  @Override
  public void close() {
    if (!open) {
      return;
    }
    if (CURRENT.get() == this) {
      if (outer == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(outer);
      }
    }
    long latencyMillis = (System.nanoTime() - startNanos) / 1_000_000;
    try {
      sink.accept(line(latencyMillis));
    } catch (RuntimeException failed) {
      LOG.warn("request log line not written", failed);
    }
  }

  private String line(long latencyMillis) {
    Outcome ended = outcome();
    ObjectNode line = JSON.createObjectNode();
    line.put("timestamp", start.toString());
    line.put("level", ended == Outcome.ERROR ? "ERROR" : ended == Outcome.STORE_FAILED ? "WARN" : "INFO");
    line.put("message", function + " " + name + " " + ended.word() + " in " + latencyMillis + " ms");
    line.put("function", function);
    if (requestId != null) {
      line.put("requestId", requestId);
    }
    line.put(function.equals("web") ? "route" : "intent", name);
    if (locale != null) {
      line.put("locale", locale);
    }
    if (status != null) {
      line.put("status", status);
    }
    line.put("outcome", ended.word());
    line.put("latencyMs", latencyMillis);
    ObjectNode calls = line.putObject("store");
    calls.put("calls", store.calls());
    calls.put("retries", store.retries());
    calls.put("throttled", store.throttled());
    calls.put("serverErrors", store.serverErrors());
    calls.put("noAnswer", store.noAnswer());
    calls.put("failedReads", store.failedReads());
    calls.put("failedWrites", store.failedWrites());
    if (store.lastFault() != null) {
      calls.put("lastFault", store.lastFault());
    }
    MetricLine.add(line, start, function, latencyMillis, store, ended);
    return line.toString();
  }
}
