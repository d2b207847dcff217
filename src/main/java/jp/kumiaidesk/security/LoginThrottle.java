package jp.kumiaidesk.security;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * The part of the sign-in throttle kept in memory (this app runs on one node, see docs/decisions/0005): per source
 * address, and per user name that belongs to no account — so an unknown name is slowed down exactly like a real one
 * and the delay reveals nothing. Known accounts keep their state in the database, where administrators see and
 * clear it. Entries are forgotten once their window has passed; the maps are bounded.
 */
@Component
class LoginThrottle {

    static final int MAX_ENTRIES = 50_000;

    private final Map<String, LoginLockoutPolicy.State> addresses = new ConcurrentHashMap<>();
    private final Map<String, LoginLockoutPolicy.State> unknownNames = new ConcurrentHashMap<>();

    boolean addressWaits(String address, Instant now) {
        return address != null && addresses.getOrDefault(address, LoginLockoutPolicy.State.CLEAN).lockedAt(now);
    }

    void addressFailed(String address, Instant now) {
        if (address != null) {
            record(addresses, address, now, LoginLockoutPolicy.ADDRESS_FREE_ATTEMPTS,
                    LoginLockoutPolicy.ADDRESS_CAP);
        }
    }

    boolean unknownNameWaits(String username, Instant now) {
        return unknownNames.getOrDefault(username, LoginLockoutPolicy.State.CLEAN).lockedAt(now);
    }

    void unknownNameFailed(String username, Instant now) {
        record(unknownNames, username, now, LoginLockoutPolicy.FREE_ATTEMPTS, LoginLockoutPolicy.ACCOUNT_CAP);
    }

    /** The addresses that must wait now, for the administrators' list. */
    Map<String, Instant> waitingAddresses(Instant now) {
        Map<String, Instant> waiting = new java.util.TreeMap<>();
        addresses.forEach((address, state) -> {
            if (state.lockedAt(now)) {
                waiting.put(address, state.lockedUntil());
            }
        });
        return waiting;
    }

    void clearAddress(String address) {
        addresses.remove(address);
    }

    private static void record(Map<String, LoginLockoutPolicy.State> states, String key, Instant now, int free,
            java.time.Duration cap) {
        if (states.size() > MAX_ENTRIES) {
            states.entrySet().removeIf(e -> e.getValue().firstFailureAt() == null
                    || !now.isBefore(e.getValue().firstFailureAt().plus(LoginLockoutPolicy.WINDOW)));
        }
        states.compute(key, (k, state) -> LoginLockoutPolicy.afterFailure(
                state == null ? LoginLockoutPolicy.State.CLEAN : state, now, free, cap));
    }
}
