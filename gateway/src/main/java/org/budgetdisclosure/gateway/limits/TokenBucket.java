package org.budgetdisclosure.gateway.limits;

/**
 * A token bucket: holds at most {@code burst} tokens, refills {@code perSecond} tokens a second, a request takes one.
 * Pure (time is passed in, in nanoseconds); one instance per client identity and kind of request.
 */
public final class TokenBucket {

    /** What a request got: allowed or not, tokens left, seconds until one more token, seconds until full. */
    public record Decision(boolean allowed, int limit, int remaining, long retryAfterSeconds, long resetSeconds) {
    }

    private final double perSecond;
    private final int burst;
    private double tokens;
    private long last;

    public TokenBucket(double perSecond, int burst, long now) {
        if (perSecond <= 0 || burst < 1) {
            throw new IllegalArgumentException("a bucket needs a positive rate and a burst of at least 1");
        }
        this.perSecond = perSecond;
        this.burst = burst;
        this.tokens = burst;
        this.last = now;
    }

    public synchronized Decision take(long now) {
        refill(now);
        boolean allowed = tokens >= 1;
        if (allowed) {
            tokens -= 1;
        }
        long retryAfter = allowed ? 0 : seconds((1 - tokens) / perSecond);
        return new Decision(allowed, burst, (int) Math.floor(tokens), retryAfter, seconds((burst - tokens) / perSecond));
    }

    /** Whether the bucket is full again at {@code now}: its identity has been idle long enough to be forgotten. */
    public synchronized boolean idle(long now) {
        refill(now);
        return tokens >= burst;
    }

    private void refill(long now) {
        long elapsed = now - last;
        if (elapsed > 0) {
            tokens = Math.min(burst, tokens + elapsed / 1e9 * perSecond);
            last = now;
        }
    }

    private static long seconds(double s) {
        return Math.max(0, (long) Math.ceil(s - 1e-9));
    }
}
