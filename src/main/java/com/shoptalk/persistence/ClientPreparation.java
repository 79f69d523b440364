package com.shoptalk.persistence;

import com.amazonaws.AmazonWebServiceResponse;
import com.amazonaws.Request;
import com.amazonaws.auth.AWS4Signer;
import com.amazonaws.auth.BasicSessionCredentials;
import com.amazonaws.http.HttpResponse;
import com.amazonaws.http.HttpResponseHandler;
import com.amazonaws.protocol.json.JsonClientMetadata;
import com.amazonaws.protocol.json.JsonOperationMetadata;
import com.amazonaws.protocol.json.SdkJsonProtocolFactory;
import com.amazonaws.regions.RegionUtils;
import com.amazonaws.services.dynamodbv2.model.AttributeValue;
import com.amazonaws.services.dynamodbv2.model.GetItemRequest;
import com.amazonaws.services.dynamodbv2.model.GetItemResult;
import com.amazonaws.services.dynamodbv2.model.transform.GetItemRequestProtocolMarshaller;
import com.amazonaws.services.dynamodbv2.model.transform.GetItemResultJsonUnmarshaller;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import javax.net.ssl.SSLContext;
import org.apache.http.conn.ssl.SSLConnectionSocketFactory;

/**
 * What the AWS SDK does when it makes its DynamoDB client, and on the client's first call, that needs no client: done
 * ahead, at a function's start-up, by the start-up thread that has time for it, so that the client is made, and the
 * first request answered, sooner. Nothing is sent anywhere and nothing is stored; every step is work the SDK does anyway
 * (the JDK's TLS set-up and trust store, the public suffix list the HTTP client reads, the endpoint metadata, the
 * client class with its error unmarshallers, marshalling, signing and reading a call), and what it loads and caches is loaded once
 * per JVM, so doing it ahead moves that work rather than adding to it.
 *
 * <p>Where (measured with the packed web function, BENCHMARKS.md "Cold start"): the client's own thread sets up TLS
 * first, while the main thread wires the function and loads Jackson for its warm-up page; the SDK then reads its
 * configuration through an already loaded Jackson. The main thread, once it waits for the client, initialises the
 * client class, reads the endpoint metadata and runs a made-up call, as long as the client is not made yet (a step
 * the client thread reaches first it does itself; the SDK's own locks make it wait for a step in progress).
 *
 * <p>Each step runs once, on the first thread that takes it. A step that fails is left to the SDK, which does the same
 * work when it needs it and reports the failure there.
 */
final class ClientPreparation {
  private final List<Step> beforeClient;
  private final List<Step> whileWaiting;

  private ClientPreparation(List<Step> beforeClient, List<Step> whileWaiting) {
    this.beforeClient = beforeClient;
    this.whileWaiting = whileWaiting;
  }

  /**
   * The steps for a client of DynamoDB in {@code region}.
   *
   * @param region the client's region (for the made-up call's signature only)
   */
  static ClientPreparation forRegion(String region) {
    return new ClientPreparation(
        List.of(new Step(ClientPreparation::tls)),
        List.of(new Step(ClientPreparation::clientClass), new Step(ClientPreparation::endpoints),
            new Step(() -> answerRead(signedRequest(region)))));
  }

  /** On the thread that makes the client, before it makes it: what no other start-up work needs. */
  void beforeClient() {
    beforeClient.forEach(Step::run);
  }

  /**
   * On a thread that waits for the client: the steps no thread took yet, one after the other, as long as the client is
   * not made.
   */
  void whileWaiting(BooleanSupplier made) {
    for (Step step : whileWaiting) {
      if (made.getAsBoolean()) {
        return;
      }
      step.run();
    }
  }

  /**
   * The JDK's TLS set-up as the SDK asks for it ({@code SSLContext} "TLS" with the JDK's trust store, read once per JVM)
   * and the public suffix list the Apache HTTP client reads when the SDK makes it (loaded once per JVM, here through
   * the default host name check).
   */
  static void tls() {
    try {
      SSLContext.getInstance("TLS").init(null, null, null);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
    SSLConnectionSocketFactory.getDefaultHostnameVerifier();
  }

  /** The client class, initialised: its error unmarshallers (one per DynamoDB error). */
  static void clientClass() {
    try {
      Class.forName("com.amazonaws.services.dynamodbv2.AmazonDynamoDBClient", true,
          ClientPreparation.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The SDK's endpoint metadata (every client looks its region up there), read once per JVM. */
  static void endpoints() {
    RegionUtils.getRegionMetadata();
  }

  /**
   * A GetItem marshalled and signed as the client does on a call (its JSON protocol, Signature Version 4), with
   * placeholder credentials, and dropped.
   */
  static Request<GetItemRequest> signedRequest(String region) {
    var protocol = new SdkJsonProtocolFactory(new JsonClientMetadata().withProtocolVersion("1.0")
        .withSupportsCbor(false).withSupportsIon(false));
    Request<GetItemRequest> request = new GetItemRequestProtocolMarshaller(protocol).marshall(new GetItemRequest()
        .withTableName("start-up").withKey(Map.of("pk", new AttributeValue("start-up"), "sk", new AttributeValue("-")))
        .withConsistentRead(true));
    request.setEndpoint(URI.create("https://dynamodb." + region + ".amazonaws.com"));
    AWS4Signer signer = new AWS4Signer();
    signer.setServiceName("dynamodb");
    signer.setRegionName(region);
    signer.sign(request, new BasicSessionCredentials("start-up", "start-up", "start-up"));
    return request;
  }

  /**
   * An answer to a GetItem read as the client reads one (its JSON response handler and unmarshallers), from a made-up
   * answer, and dropped.
   */
  static GetItemResult answerRead(Request<GetItemRequest> request) {
    var protocol = new SdkJsonProtocolFactory(new JsonClientMetadata().withProtocolVersion("1.0")
        .withSupportsCbor(false).withSupportsIon(false));
    HttpResponseHandler<AmazonWebServiceResponse<GetItemResult>> handler = protocol.createResponseHandler(
        new JsonOperationMetadata().withPayloadJson(true).withHasStreamingSuccessResponse(false),
        GetItemResultJsonUnmarshaller.getInstance());
    HttpResponse answer = new HttpResponse(request, null);
    answer.setStatusCode(200);
    answer.addHeader("Content-Type", "application/x-amz-json-1.0");
    answer.addHeader("x-amzn-RequestId", "start-up");
    answer.setContent(new ByteArrayInputStream(
        "{\"Item\":{\"pk\":{\"S\":\"start-up\"},\"n\":{\"N\":\"1\"}}}".getBytes(StandardCharsets.UTF_8)));
    try {
      return handler.handle(answer).getResult();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** One step, run once. */
  private static final class Step {
    private final Runnable work;
    private final AtomicBoolean taken = new AtomicBoolean();

    Step(Runnable work) {
      this.work = work;
    }

    void run() {
      if (!taken.compareAndSet(false, true)) {
        return;
      }
      try {
        work.run();
      } catch (RuntimeException | LinkageError e) {
        // the SDK does this work again when it needs it, and reports what fails there
      }
    }
  }
}
