package com.shoptalk.priming;

import java.util.List;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A function's SnapStart priming (org.crac's runtime hooks): before Lambda snapshots the initialised function it runs
 * representative requests through the function's own code ({@link #prime}), so a restored function answers its first
 * request without loading classes or opening what those requests need. A snapshot whose priming failed is taken
 * anyway: slower to answer first, never wrong.
 *
 * <p>After a restore nothing needs refreshing: the clock is read per request, and the AWS SDK's credential providers
 * fetch fresh credentials when theirs expire.
 */
public abstract class Priming implements Resource {
  /** The environment variable that makes a function prime itself at init too, not only before a snapshot. */
  public static final String PRIME_AT_INIT = "PRIME_AT_INIT";
  private static final Logger LOG = LoggerFactory.getLogger(Priming.class);

  private final String what;

  /** @param what what is primed, for the log ("the skill") */
  protected Priming(String what) {
    this.what = what;
  }

  /**
   * Registers priming with the runtime's checkpoint hooks; keep the returned object referenced (the hooks hold it
   * only weakly). With {@code PRIME_AT_INIT=true} it primes at once too: for provisioned concurrency, or to measure
   * what priming saves.
   */
  public static <P extends Priming> P register(P priming) {
    Core.getGlobalContext().register(priming);
    if (Boolean.parseBoolean(System.getenv(PRIME_AT_INIT))) {
      priming.beforeCheckpoint(null);
    }
    return priming;
  }

  /**
   * Runs the representative requests, writing nothing anywhere.
   *
   * @return each request's answer, in order
   */
  public abstract List<?> prime();

  @Override
  public final void beforeCheckpoint(Context<? extends Resource> context) {
    long start = System.nanoTime();
    try {
      int answers = prime().size();
      LOG.info("primed {} before the snapshot: {} requests in {} ms", what, answers,
          (System.nanoTime() - start) / 1_000_000);
    } catch (RuntimeException e) {
      LOG.warn("priming {} failed; snapshot taken without it", what, e);
    }
  }

  @Override
  public final void afterRestore(Context<? extends Resource> context) {
    LOG.info("{}: restored from the SnapStart snapshot", what);
  }
}
