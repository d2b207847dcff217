package jp.kumiaidesk.ops;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * {@code KD_LOG_FORMAT=json}: one JSON object per log line (Spring Boot's structured logging in the Elastic Common
 * Schema), for a log collector; {@code ecs}, {@code logstash} and {@code gelf} choose the schema. Unset: the usual
 * text lines. Registered in {@code META-INF/spring.factories}.
 */
public class LogFormat implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String format = environment.getProperty("KD_LOG_FORMAT", "").strip().toLowerCase(java.util.Locale.ROOT);
        if (format.isEmpty() || format.equals("text")) {
            return;
        }
        environment.getPropertySources().addLast(new MapPropertySource("kd-log-format",
                Map.of("logging.structured.format.console", format.equals("json") ? "ecs" : format)));
    }
}
