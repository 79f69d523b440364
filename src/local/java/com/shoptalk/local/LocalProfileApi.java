package com.shoptalk.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * A laptop stand-in for Alexa's customer profile API (e-mail and given name), so the permission
 * flows can be tried locally. The simulated shopper's profile travels inside the API access token
 * the simulator puts into each request; without it, every field is refused with 403, as Alexa does
 * without the permission.
 */
public final class LocalProfileApi {
  private static final String PREFIX = "local-profile.";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, String> FIELDS = Map.of(
      "/v2/accounts/~current/settings/Profile.email", "email",
      "/v2/accounts/~current/settings/Profile.givenName", "givenName");

  private LocalProfileApi() {}

  /** An access token that grants the given profile fields (null fields are not granted). */
  public static String token(String email, String givenName) {
    var profile = JSON.createObjectNode();
    if (email != null) {
      profile.put("email", email);
    }
    if (givenName != null) {
      profile.put("givenName", givenName);
    }
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(profile.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** Whether a path belongs to this API. */
  static boolean handles(String path) {
    return path.startsWith("/v2/");
  }

  /** The status and JSON body for a request with an {@code Authorization} header. */
  static Map.Entry<Integer, String> answer(String path, String authorization) {
    String field = FIELDS.get(path);
    if (field == null) {
      return Map.entry(404, "{\"code\":\"NOT_FOUND\",\"message\":\"not simulated locally\"}");
    }
    Optional<String> value = profile(authorization).map(p -> p.path(field)).filter(JsonNode::isTextual).map(JsonNode::asText);
    return value
        .map(v -> Map.entry(200, JSON.valueToTree(v).toString()))
        .orElse(Map.entry(403, "{\"code\":\"ACCESS_DENIED\",\"message\":\"permission not granted\"}"));
  }

  private static Optional<JsonNode> profile(String authorization) {
    if (authorization == null || !authorization.startsWith("Bearer " + PREFIX)) {
      return Optional.empty();
    }
    try {
      byte[] json = Base64.getUrlDecoder().decode(authorization.substring(("Bearer " + PREFIX).length()));
      return Optional.of(JSON.readTree(json));
    } catch (IllegalArgumentException | java.io.IOException unreadable) {
      return Optional.empty();
    }
  }
}
