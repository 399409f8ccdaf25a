package org.passerelle.security;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per account name and per client address in a sliding window. Names are counted
 * whether or not an account exists, so the throttle says nothing about which accounts exist.
 */
@Component
public class LoginThrottle {

    private final SecurityProperties properties;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public LoginThrottle(SecurityProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** Whether a sign-in for this name from this address must be refused now. */
    public boolean isThrottled(String accountName, String address) {
        return count(accountKey(accountName)) >= properties.maxFailuresPerAccount()
                || count(addressKey(address)) >= properties.maxFailuresPerAddress();
    }

    public void recordFailure(String accountName, String address) {
        if (failures.size() >= properties.trackedKeys()) {
            evictExpired();
        }
        if (failures.size() >= properties.trackedKeys()) {
            failures.clear(); // a flood of distinct names: forget rather than grow without bound
        }
        Instant now = clock.instant();
        add(accountKey(accountName), now);
        add(addressKey(address), now);
    }

    /** A successful sign-in clears the account's failures (not the address's). */
    public void recordSuccess(String accountName) {
        failures.remove(accountKey(accountName));
    }

    /** How many names and addresses are remembered now. */
    int trackedKeyCount() {
        return failures.size();
    }

    /** Forgets everything (tests and administrators' "unlock all"). */
    public void reset() {
        failures.clear();
    }

    private void add(String key, Instant now) {
        failures.compute(key, (k, times) -> {
            Deque<Instant> deque = times == null ? new ArrayDeque<>() : times;
            dropOld(deque);
            deque.addLast(now);
            return deque;
        });
    }

    private int count(String key) {
        int[] result = {0};
        failures.computeIfPresent(key, (k, times) -> {
            dropOld(times);
            result[0] = times.size();
            return times.isEmpty() ? null : times;
        });
        return result[0];
    }

    private void dropOld(Deque<Instant> times) {
        Instant oldestCounted = clock.instant().minus(properties.failureWindow());
        while (!times.isEmpty() && times.peekFirst().isBefore(oldestCounted)) {
            times.pollFirst();
        }
    }

    private void evictExpired() {
        failures.keySet().forEach(this::count);
    }

    private static String accountKey(String accountName) {
        return "account:" + (accountName == null ? "" : accountName.trim().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + (address == null ? "unknown" : address);
    }
}
