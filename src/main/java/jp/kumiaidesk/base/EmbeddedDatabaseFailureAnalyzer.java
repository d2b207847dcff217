package jp.kumiaidesk.base;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import jp.kumiaidesk.base.EmbeddedPlatform.EmbeddedDatabaseUnavailableException;

/**
 * Turns "no embedded database on this platform" into Spring Boot's short failure report instead of a stack trace.
 * Registered in {@code META-INF/spring.factories}.
 */
public class EmbeddedDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedDatabaseUnavailableException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDatabaseUnavailableException cause) {
        return new FailureAnalysis(cause.platform().reason(), """
                Run Kumiai Desk against a MariaDB 11.4 (or newer) server: install one (macOS: brew install mariadb; \
                Debian/Ubuntu on ARM: apt-get install mariadb-server), create an empty database, and set
                  DB_URL=jdbc:mariadb://127.0.0.1:3306/kumiai
                  DB_USER=<user>  DB_PASSWORD=<password>
                Flyway creates the tables on the first start. See README, "Configuration".""", cause);
    }
}
