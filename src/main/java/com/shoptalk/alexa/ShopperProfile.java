package com.shoptalk.alexa;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.services.ServiceException;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shopper's e-mail address and given name from Alexa's customer profile API, each only with the
 * shopper's permission. Any refusal or failure means "not available", never an error.
 */
public final class ShopperProfile {
  private static final Logger LOG = LoggerFactory.getLogger(ShopperProfile.class);
  /** The permission scopes ShopTalk asks for. */
  public static final String EMAIL_SCOPE = "alexa::profile:email:read";
  public static final String GIVEN_NAME_SCOPE = "alexa::profile:given_name:read";

  private ShopperProfile() {}

  public static Optional<String> email(HandlerInput input) {
    return call(input, ups -> {
      try {
        return ups.getProfileEmail();
      } catch (ServiceException refused) {
        LOG.info("e-mail not available: HTTP {}", refused.getStatusCode());
        return null;
      }
    });
  }

  public static Optional<String> givenName(HandlerInput input) {
    return call(input, ups -> {
      try {
        return ups.getProfileGivenName();
      } catch (ServiceException refused) {
        LOG.info("given name not available: HTTP {}", refused.getStatusCode());
        return null;
      }
    });
  }

  private static Optional<String> call(HandlerInput input, Function<com.amazon.ask.model.services.ups.UpsService, String> lookup) {
    var context = input.getRequestEnvelope().getContext();
    boolean consented = context != null && context.getSystem() != null && context.getSystem().getUser() != null
        && context.getSystem().getUser().getPermissions() != null
        && context.getSystem().getUser().getPermissions().getConsentToken() != null;
    if (!consented || input.getServiceClientFactory() == null) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(lookup.apply(input.getServiceClientFactory().getUpsService()))
          .map(String::strip).filter(value -> !value.isEmpty());
    } catch (RuntimeException unreachable) {
      LOG.warn("customer profile API failed: {}", unreachable.getMessage());
      return Optional.empty();
    }
  }
}
