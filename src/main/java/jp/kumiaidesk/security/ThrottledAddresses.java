package jp.kumiaidesk.security;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import jp.kumiaidesk.audit.AuditEntry;
import jp.kumiaidesk.base.Roles;

/**
 * The source addresses whose sign-ins must wait now (too many failures from one address, {@link LoginLockoutPolicy}),
 * for the administrators: a whole office behind one NAT address can be slowed down by one person's typos, and the
 * administrator clears it (audited).
 */
@Service
public class ThrottledAddresses {

    /** One address and until when its next sign-in attempt waits. */
    public record Waiting(String address, Instant until) {
    }

    private final LoginThrottle throttle;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ThrottledAddresses(LoginThrottle throttle, ApplicationEventPublisher events, Clock clock) {
        this.throttle = throttle;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize(Roles.IS_ADMIN)
    public List<Waiting> waiting() {
        return throttle.waitingAddresses(clock.instant()).entrySet().stream()
                .map(e -> new Waiting(e.getKey(), e.getValue())).toList();
    }

    @PreAuthorize(Roles.IS_ADMIN)
    public void clear(String address) {
        throttle.clearAddress(address);
        events.publishEvent(AuditEntry.now("login.address-cleared", "address", null, address));
    }
}
