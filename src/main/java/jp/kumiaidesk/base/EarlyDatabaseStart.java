package jp.kumiaidesk.base;

import java.nio.file.Path;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Starts the embedded MariaDB (when there is no {@code DB_URL}) right after the configuration is read, in parallel
 * with the rest of start-up: about a third of the start time on a warm data directory. Registered in
 * {@code META-INF/spring.factories}. Where there is no embedded database ({@link EmbeddedPlatform}) the start
 * stops here, at once, with what to do.
 */
public class EarlyDatabaseStart implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        Environment env = event.getEnvironment();
        if (env.getProperty("spring.datasource.url", "").isBlank() && env.getProperty("kd.data-dir") != null) {
            EmbeddedPlatform.current().require();
            EmbeddedMariaDb.startEarly(Path.of(env.getProperty("kd.data-dir"), "mariadb"),
                    env.getProperty("kd.embedded.fresh-start", Boolean.class, false));
        }
    }
}
