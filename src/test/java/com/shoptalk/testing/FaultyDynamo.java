package com.shoptalk.testing;

import com.amazonaws.auth.AWSStaticCredentialsProvider;
import com.amazonaws.auth.BasicAWSCredentials;
import com.amazonaws.client.builder.AwsClientBuilder;
import com.amazonaws.services.dynamodbv2.AmazonDynamoDB;
import com.amazonaws.services.dynamodbv2.AmazonDynamoDBClientBuilder;
import com.shoptalk.persistence.DynamoClients;
import com.shoptalk.persistence.DynamoTable;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * DynamoDB that misbehaves, for tests and benchmarks: DynamoDB Local served over HTTP on
 * 127.0.0.1 ({@link DynamoDbLocalServer}), behind a small HTTP proxy (also on 127.0.0.1, ephemeral ports) that injects faults at
 * configurable shares of the calls:
 *
 * <ul>
 *   <li>{@code ThrottlingException} and {@code ProvisionedThroughputExceededException}: HTTP 400 with
 *       DynamoDB's {@code __type} JSON, as DynamoDB answers when throttling;
 *   <li>HTTP 500 {@code InternalServerError};
 *   <li>slow answers: the call reaches DynamoDB, its answer comes {@link Faults#slowBy()} late;
 *   <li>dropped connections: closed before the call reaches DynamoDB, or after it was carried out
 *       (the answer is lost; the client cannot tell which).
 * </ul>
 * Table administration (describe, create, TTL) always goes through, so that a program starting
 * against the proxy finds its table.
 *
 * <pre>{@code
 * try (var dynamo = FaultyDynamo.start(Faults.none().throttling(1.0))) {
 *   DynamoTable table = dynamo.table("shoptalk");   // the voice client, through the proxy
 *   ...
 * }
 * }</pre>
 */
public final class FaultyDynamo implements AutoCloseable {
  private static final String JSON_1_0 = "application/x-amz-json-1.0";
  private static final Set<String> HOP_HEADERS = Set.of(
      "host", "content-length", "connection", "expect", "upgrade", "keep-alive", "transfer-encoding", "te",
      "trailer", "proxy-connection");

  /** What can go wrong with one call. */
  public enum Fault { THROTTLING, PROVISIONED, SERVER_ERROR, SLOW, DROPPED, NONE }

  /**
   * The share of calls (0 to 1, adding up to at most 1) that meet each fault.
   *
   * @param slowBy how late a slow answer comes
   * @param operations the calls that meet faults ({@code "Query"}, {@code "BatchGetItem"}, …); empty for all
   */
  public record Faults(double throttling, double provisioned, double serverErrors, double slow, double dropped,
      Duration slowBy, Set<String> operations) {
    public Faults {
      operations = Set.copyOf(operations);
      double sum = throttling + provisioned + serverErrors + slow + dropped;
      if (throttling < 0 || provisioned < 0 || serverErrors < 0 || slow < 0 || dropped < 0 || sum > 1.0 + 1e-9) {
        throw new IllegalArgumentException("shares must be between 0 and 1 and add up to at most 1");
      }
    }

    /** Every call goes through untouched. */
    public static Faults none() {
      return new Faults(0, 0, 0, 0, 0, Duration.ofSeconds(5), Set.of());
    }

    public Faults throttling(double share) {
      return new Faults(share, provisioned, serverErrors, slow, dropped, slowBy, operations);
    }

    public Faults provisioned(double share) {
      return new Faults(throttling, share, serverErrors, slow, dropped, slowBy, operations);
    }

    public Faults serverErrors(double share) {
      return new Faults(throttling, provisioned, share, slow, dropped, slowBy, operations);
    }

    /** A share of answers that come {@code by} late. */
    public Faults slow(double share, Duration by) {
      return new Faults(throttling, provisioned, serverErrors, share, dropped, by, operations);
    }

    public Faults dropped(double share) {
      return new Faults(throttling, provisioned, serverErrors, slow, share, slowBy, operations);
    }

    /** The same faults, met only by these calls (DynamoDB's operation names); the others go through. */
    public Faults onlyIn(String... operations) {
      return new Faults(throttling, provisioned, serverErrors, slow, dropped, slowBy, Set.of(operations));
    }

    boolean reaches(String operation) {
      return operations.isEmpty() || operations.contains(operation);
    }

    Fault pick(double r) {
      double[] shares = {throttling, provisioned, serverErrors, slow, dropped};
      double upTo = 0;
      for (int i = 0; i < shares.length; i++) {
        upTo += shares[i];
        if (r < upTo) {
          return Fault.values()[i];
        }
      }
      return Fault.NONE;
    }
  }

  private final DynamoDbLocalServer dynamoServer;
  private final URI upstream;
  private final ServerSocket proxy;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final ExecutorService connections = Executors.newCachedThreadPool(runnable -> {
    Thread thread = new Thread(runnable, "faulty-dynamo");
    thread.setDaemon(true);
    return thread;
  });
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private final Map<Fault, AtomicInteger> counts = new EnumMap<>(Fault.class);
  private final Random random;
  private volatile Faults faults;
  private volatile boolean closed;

  private FaultyDynamo(Faults faults, long seed) throws Exception {
    this.faults = faults;
    this.random = new Random(seed);
    for (Fault fault : Fault.values()) {
      counts.put(fault, new AtomicInteger());
    }
    dynamoServer = DynamoDbLocalServer.start();
    upstream = URI.create(dynamoServer.endpoint() + "/");
    // The first calls to a fresh DynamoDB Local take seconds (class loading, SQLite): not a fault.
    AmazonDynamoDBClientBuilder.standard()
        .withEndpointConfiguration(new AwsClientBuilder.EndpointConfiguration(directEndpoint(), "us-east-1"))
        .withCredentials(new AWSStaticCredentialsProvider(new BasicAWSCredentials("local", "local")))
        .build()
        .listTables();
    proxy = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    connections.execute(this::accept);
  }

  /** Starts DynamoDB Local (in memory) and the proxy in front of it. */
  public static FaultyDynamo start(Faults faults) {
    return start(faults, 42);
  }

  /** Starts DynamoDB Local (in memory) and the proxy in front of it, faults drawn from {@code seed}. */
  public static FaultyDynamo start(Faults faults, long seed) {
    try {
      return new FaultyDynamo(faults, seed);
    } catch (Exception e) {
      throw new IllegalStateException("cannot start DynamoDB Local behind the fault proxy", e);
    }
  }

  /**
   * Runs the faulty DynamoDB until stopped, for trying the local run against it: prints the proxy's
   * endpoint for {@code DYNAMODB_ENDPOINT}. Arguments: shares as {@code throttling=0.3},
   * {@code provisioned=…}, {@code serverErrors=…}, {@code slow=…}, {@code dropped=…}, and
   * {@code slowMs=5000}.
   */
  public static void main(String[] args) throws InterruptedException {
    Faults faults = Faults.none();
    for (String arg : args) {
      String[] pair = arg.split("=", 2);
      double share = Double.parseDouble(pair[1]);
      faults = switch (pair[0]) {
        case "throttling" -> faults.throttling(share);
        case "provisioned" -> faults.provisioned(share);
        case "serverErrors" -> faults.serverErrors(share);
        case "slow" -> faults.slow(share, faults.slowBy());
        case "dropped" -> faults.dropped(share);
        case "slowMs" -> faults.slow(faults.slow(), Duration.ofMillis((long) share));
        default -> throw new IllegalArgumentException("unknown fault: " + pair[0]);
      };
    }
    FaultyDynamo dynamo = start(faults, System.nanoTime());
    Runtime.getRuntime().addShutdownHook(new Thread(dynamo::close));
    System.out.println("DynamoDB Local behind the fault proxy (" + faults + "): DYNAMODB_ENDPOINT=" + dynamo.endpoint());
    Thread.currentThread().join();
  }

  /** The proxy's address: point a client here to meet the faults. */
  public String endpoint() {
    return "http://127.0.0.1:" + proxy.getLocalPort();
  }

  /** DynamoDB Local's own address, for setting up and checking without faults. */
  public String directEndpoint() {
    return "http://127.0.0.1:" + upstream.getPort();
  }

  /** The ShopTalk client as deployed ({@link DynamoClients}), through the proxy. */
  public AmazonDynamoDB client() {
    return DynamoClients.forEndpoint(endpoint(), "us-east-1");
  }

  /**
   * The table, created without faults, seen through the proxy with the client as deployed.
   */
  public DynamoTable table(String name) {
    new DynamoTable(DynamoClients.forEndpoint(directEndpoint(), "us-east-1"), name).createIfMissing();
    return new DynamoTable(client(), name);
  }

  /** The table seen directly, without faults: for checking what was stored. */
  public DynamoTable directTable(String name) {
    return new DynamoTable(DynamoClients.forEndpoint(directEndpoint(), "us-east-1"), name);
  }

  /** Changes the faults for the calls from now on. */
  public void faults(Faults faults) {
    this.faults = faults;
  }

  /** How many calls met each fault (or none) so far. */
  public Map<Fault, Integer> counts() {
    var snapshot = new LinkedHashMap<Fault, Integer>();
    counts.forEach((fault, count) -> snapshot.put(fault, count.get()));
    return snapshot;
  }

  @Override
  public void close() {
    closed = true;
    try {
      proxy.close();
    } catch (IOException ignored) {
      // closing anyway
    }
    for (Socket socket : open) {
      closeQuietly(socket);
    }
    connections.shutdownNow();
    dynamoServer.close();
  }

  private void accept() {
    while (!closed) {
      try {
        Socket socket = proxy.accept();
        open.add(socket);
        connections.execute(() -> serve(socket));
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  /** Serves the requests of one keep-alive connection until either side closes it. */
  private void serve(Socket socket) {
    try (socket) {
      InputStream in = new BufferedInputStream(socket.getInputStream());
      OutputStream out = socket.getOutputStream();
      Request request;
      while ((request = Request.read(in, out)) != null) {
        Faults now = faults;
        Fault fault = request.setsUpTable() || !now.reaches(request.operation()) ? Fault.NONE : now.pick(random.nextDouble());
        counts.get(fault).incrementAndGet();
        switch (fault) {
          case THROTTLING -> error(out, 400, "ThrottlingException", "Rate of requests exceeds the allowed throughput.");
          case PROVISIONED -> error(out, 400, "ProvisionedThroughputExceededException",
              "The level of configured provisioned throughput for the table was exceeded.");
          case SERVER_ERROR -> error(out, 500, "InternalServerError", "Internal server error");
          case SLOW -> {
            Answer answer = forward(request);
            Thread.sleep(now.slowBy().toMillis());
            answer.write(out);
          }
          case DROPPED -> {
            if (random.nextBoolean()) {
              forward(request); // carried out, the answer lost
            }
            return;
          }
          case NONE -> forward(request).write(out);
        }
      }
    } catch (IOException | InterruptedException e) {
      // the client went away (a timeout) or the proxy closes
    } finally {
      open.remove(socket);
    }
  }

  private Answer forward(Request request) throws IOException, InterruptedException {
    var builder = HttpRequest.newBuilder(upstream.resolve(request.target))
        .method(request.method, HttpRequest.BodyPublishers.ofByteArray(request.body));
    request.headers.forEach((name, value) -> {
      if (!HOP_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
        builder.header(name, value);
      }
    });
    HttpResponse<byte[]> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
    var headers = new ArrayList<String>();
    response.headers().map().forEach((name, values) -> {
      if (!HOP_HEADERS.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
        values.forEach(value -> headers.add(name + ": " + value));
      }
    });
    return new Answer(response.statusCode(), headers, response.body());
  }

  private static void error(OutputStream out, int status, String type, String message) throws IOException {
    String json = "{\"__type\":\"com.amazonaws.dynamodb.v20120810#" + type + "\",\"message\":\"" + message + "\"}";
    new Answer(status, List.of("Content-Type: " + JSON_1_0, "x-amzn-RequestId: faulty-dynamo"),
        json.getBytes(StandardCharsets.UTF_8)).write(out);
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // already closed
    }
  }

  /** One HTTP/1.1 request as the SDK sends it: a request line, headers and a Content-Length body. */
  private record Request(String method, String target, Map<String, String> headers, byte[] body) {
    /** The next request on the connection, or {@code null} when the client closed it. */
    static Request read(InputStream in, OutputStream out) throws IOException {
      String requestLine = line(in);
      if (requestLine == null || requestLine.isEmpty()) {
        return null;
      }
      String[] parts = requestLine.split(" ");
      var headers = new LinkedHashMap<String, String>();
      for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
        int colon = header.indexOf(':');
        headers.put(header.substring(0, colon).trim(), header.substring(colon + 1).trim());
      }
      String length = header(headers, "content-length");
      if ("100-continue".equalsIgnoreCase(header(headers, "expect"))) {
        out.write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
      }
      byte[] body = in.readNBytes(length == null ? 0 : Integer.parseInt(length));
      return new Request(parts[0], parts[1], headers, body);
    }

    /** DynamoDB's name of the call ({@code GetItem}, {@code Query}, …), or {@code ""}. */
    String operation() {
      String target = header(headers, "x-amz-target");
      return target == null ? "" : target.substring(target.indexOf('.') + 1);
    }

    /** Whether this is table administration (describe, create, TTL), which meets no faults. */
    boolean setsUpTable() {
      String target = header(headers, "x-amz-target");
      return target != null && (target.endsWith(".DescribeTable") || target.endsWith(".CreateTable")
          || target.endsWith(".UpdateTimeToLive") || target.endsWith(".ListTables"));
    }

    private static String header(Map<String, String> headers, String name) {
      return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    private static String line(InputStream in) throws IOException {
      var bytes = new ByteArrayOutputStream();
      int b;
      while ((b = in.read()) != -1) {
        if (b == '\n') {
          String text = bytes.toString(StandardCharsets.ISO_8859_1);
          return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
        }
        bytes.write(b);
      }
      return bytes.size() == 0 ? null : bytes.toString(StandardCharsets.ISO_8859_1);
    }
  }

  /** One HTTP/1.1 response. */
  private record Answer(int status, List<String> headers, byte[] body) {
    void write(OutputStream out) throws IOException {
      var head = new StringBuilder("HTTP/1.1 ").append(status).append(status < 400 ? " OK" : " Error").append("\r\n");
      headers.forEach(header -> head.append(header).append("\r\n"));
      head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
      out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.write(body);
      out.flush();
    }
  }
}
