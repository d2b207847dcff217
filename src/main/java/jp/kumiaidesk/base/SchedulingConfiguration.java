package jp.kumiaidesk.base;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Reminders, expiry and the nightly backup run on schedules — except when the app runs one of its operator
 * commands ({@code backup}, {@code restore}), which sets {@code kd.scheduling=false}: a job must not query a
 * database that is being restored.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "kd.scheduling", havingValue = "true", matchIfMissing = true)
class SchedulingConfiguration {
}
