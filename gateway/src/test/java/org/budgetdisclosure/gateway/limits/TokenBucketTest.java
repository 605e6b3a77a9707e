package org.budgetdisclosure.gateway.limits;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TokenBucketTest {

    static final long SECOND = 1_000_000_000L;

    @Test
    void aBucketAllowsItsBurstThenRefusesUntilATokenHasRefilled() {
        TokenBucket bucket = new TokenBucket(2, 3, 0);
        assertThat(bucket.take(0).remaining()).isEqualTo(2);
        assertThat(bucket.take(0).allowed()).isTrue();
        assertThat(bucket.take(0).allowed()).isTrue();
        TokenBucket.Decision refused = bucket.take(0);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(1);
        assertThat(refused.resetSeconds()).isEqualTo(2); // 3 tokens at 2 a second
        assertThat(bucket.take(SECOND / 2).allowed()).as("one token after half a second").isTrue();
        assertThat(bucket.take(SECOND / 2).allowed()).isFalse();
    }

    @Test
    void aBucketNeverHoldsMoreThanItsBurst() {
        TokenBucket bucket = new TokenBucket(100, 5, 0);
        assertThat(bucket.take(3600 * SECOND).remaining()).isEqualTo(4);
        assertThat(bucket.idle(3600 * SECOND)).isFalse();
        assertThat(bucket.idle(3600 * SECOND + SECOND)).isTrue();
    }

    @Test
    void theLimiterKeepsOneBucketPerIdentityAndForgetsIdleOnesWhenFull() {
        RateLimiter limiter = new RateLimiter(1, 1, 3);
        assertThat(limiter.take("a", 0).allowed()).isTrue();
        assertThat(limiter.take("a", 0).allowed()).isFalse();
        assertThat(limiter.take("b", 0).allowed()).as("another identity has its own bucket").isTrue();
        limiter.take("c", 0);
        limiter.take("d", 10 * SECOND); // a, b, c are full again by then: forgotten
        assertThat(limiter.size()).isEqualTo(1);
    }

    @Test
    void aPageSizeIsOneToTheMaximum() {
        assertThat(PublicFace.pageSize("200", 200)).isNull();
        assertThat(PublicFace.pageSize("201", 200)).contains("between 1 and 200");
        assertThat(PublicFace.pageSize("0", 200)).isNotNull();
        assertThat(PublicFace.pageSize("lots", 200)).contains("integer");
    }
}
