package org.passerelle.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MovableClock clock = new MovableClock();
    private final LoginThrottle throttle =
            new LoginThrottle(new SecurityProperties(3, 5, Duration.ofMinutes(15), 1000), clock);

    @Test
    void throttlesAnAccountNameAfterRepeatedFailuresWhateverTheCase() {
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.isThrottled("Someone@Example.org", "10.0.0." + i))
                    .isFalse();
            throttle.recordFailure("someone@example.org ", "10.0.0." + i);
        }
        assertThat(throttle.isThrottled("SOMEONE@example.org", "10.9.9.9")).isTrue();
        assertThat(throttle.isThrottled("other@example.org", "10.9.9.9")).isFalse();
    }

    @Test
    void throttlesAnAddressTryingManyNames() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("name" + i + "@example.org", "192.0.2.7");
        }
        assertThat(throttle.isThrottled("fresh@example.org", "192.0.2.7")).isTrue();
        assertThat(throttle.isThrottled("fresh@example.org", "192.0.2.8")).isFalse();
    }

    @Test
    void failuresExpireAfterTheWindow() {
        for (int i = 0; i < 3; i++) {
            throttle.recordFailure("someone@example.org", "192.0.2.1");
        }
        clock.advance(Duration.ofMinutes(14));
        assertThat(throttle.isThrottled("someone@example.org", "192.0.2.1")).isTrue();
        clock.advance(Duration.ofMinutes(2));
        assertThat(throttle.isThrottled("someone@example.org", "192.0.2.1")).isFalse();
    }

    @Test
    void successClearsTheAccountButNotTheAddress() {
        for (int i = 0; i < 2; i++) {
            throttle.recordFailure("someone@example.org", "192.0.2.1");
        }
        throttle.recordSuccess("someone@example.org");
        throttle.recordFailure("someone@example.org", "192.0.2.1");
        assertThat(throttle.isThrottled("someone@example.org", "192.0.2.2")).isFalse();
        throttle.recordFailure("x@example.org", "192.0.2.1");
        throttle.recordFailure("y@example.org", "192.0.2.1");
        assertThat(throttle.isThrottled("z@example.org", "192.0.2.1")).isTrue();
    }

    @Test
    void aFloodOfDistinctNamesDoesNotGrowWithoutBound() {
        LoginThrottle small =
                new LoginThrottle(new SecurityProperties(3, 1_000_000, Duration.ofMinutes(15), 100), clock);
        for (int i = 0; i < 10_000; i++) {
            small.recordFailure("flood" + i + "@example.org", "192.0.2." + (i % 200));
        }
        // the bound is on remembered keys; the map never holds much more than the configured number
        assertThat(small.trackedKeyCount()).isLessThanOrEqualTo(102);
    }

    static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-11-22T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
