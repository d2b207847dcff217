package jp.kumiaidesk.base;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * With no {@code DB_URL}, starts the embedded MariaDB right after the configuration is read, in parallel with the
 * rest of start-up (about a third of the start time on a warm data directory), and gives Spring its address as
 * {@code spring.datasource.url}: from there on the start is the same as with an external database, bean for bean
 * ({@link EmbeddedDatabaseReady} waits for it before the first connection). Registered in
 * {@code META-INF/spring.factories}. Where there is no embedded database ({@link EmbeddedPlatform}) the start stops
 * here, at once, with what to do.
 */
public class EarlyDatabaseStart implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    private static final String PROPERTY_SOURCE = "kd-embedded-database";

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment env = event.getEnvironment();
        if (env.getProperty("spring.datasource.url", "").isBlank() && env.getProperty("kd.data-dir") != null) {
            EmbeddedPlatform.current().require();
            EmbeddedMariaDb db = EmbeddedMariaDb.start(Path.of(env.getProperty("kd.data-dir"), "mariadb"),
                    env.getProperty("kd.embedded.fresh-start", Boolean.class, false));
            env.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, Map.of(
                    "spring.datasource.url", db.jdbcUrl(),
                    "spring.datasource.username", "root",
                    "spring.datasource.password", "",
                    "spring.datasource.hikari.pool-name", "kumiai-embedded")));
        }
    }
}
