package org.budgetdisclosure.gateway.limits;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One token bucket per client identity and kind (reads, writes), in bounded memory: when more than
 * {@code maxIdentities} buckets exist, the idle ones (full again) are forgotten; if that is not enough, all are
 * (a forgotten identity starts with a full bucket, which is what an idle one has anyway).
 */
public final class RateLimiter {

    private final double perSecond;
    private final int burst;
    private final int maxIdentities;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(double perSecond, int burst, int maxIdentities) {
        this.perSecond = perSecond;
        this.burst = burst;
        this.maxIdentities = maxIdentities;
    }

    public TokenBucket.Decision take(String identity, long now) {
        TokenBucket bucket = buckets.get(identity);
        if (bucket == null) {
            if (buckets.size() >= maxIdentities) {
                evict(now);
            }
            bucket = buckets.computeIfAbsent(identity, k -> new TokenBucket(perSecond, burst, now));
        }
        return bucket.take(now);
    }

    public int size() {
        return buckets.size();
    }

    private synchronized void evict(long now) {
        if (buckets.size() < maxIdentities) {
            return;
        }
        buckets.values().removeIf(b -> b.idle(now));
        if (buckets.size() >= maxIdentities) {
            buckets.clear();
        }
    }
}
