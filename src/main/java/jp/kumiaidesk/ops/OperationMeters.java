package jp.kumiaidesk.ops;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jp.kumiaidesk.audit.AuditEntry;

/**
 * Meters registered at start (so Prometheus lists them before the first event): the timers of
 * {@link OperationTimers}, and failed sign-ins counted from the audit trail's {@code login.*} entries
 * ({@code kd_login_failed_total{reason="failed|locked|refused-locked|refused-disabled"}}).
 */
@Component
class OperationMeters {

    private final MeterRegistry registry;

    OperationMeters(MeterRegistry registry) {
        this.registry = registry;
        OperationTimers.TIMED.values().forEach(methods -> methods.values()
                .forEach(name -> Timer.builder(name).register(registry)));
        failedLogins("failed");
    }

    @EventListener
    void onAudit(AuditEntry entry) {
        if (entry.action().startsWith("login.") && !entry.action().equals("login.succeeded")) {
            failedLogins(entry.action().substring("login.".length())).increment();
        }
    }

    private Counter failedLogins(String reason) {
        return Counter.builder("kd.login.failed").description("Failed or refused sign-ins").tag("reason", reason)
                .register(registry);
    }
}
