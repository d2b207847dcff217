package jp.kumiaidesk.base;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether demo data is seeded and demo hints are shown: {@code KD_DEMO} when set, otherwise on exactly when the
 * embedded database runs (a fresh machine should show every screen populated; a real union's server should not).
 */
@Component
public class DemoMode {

    private final boolean enabled;
    private final boolean large;
    private final String password;

    DemoMode(@Value("${kd.demo:}") String demo, @Value("${kd.demo-password}") String password,
            @Value("${spring.datasource.url:}") String databaseUrl) {
        this.large = demo.strip().equalsIgnoreCase("large");
        this.enabled = demo.isBlank() ? EmbeddedMariaDb.serving(databaseUrl).isPresent()
                : large || Boolean.parseBoolean(demo.strip());
        this.password = password;
    }

    public boolean enabled() {
        return enabled;
    }

    /** {@code KD_DEMO=large}: the union-sized data set on top of the small one (see LargeDemoData). */
    public boolean large() {
        return large;
    }

    /** The password every demo account gets ({@code KD_DEMO_PASSWORD}, or the default printed in the README). */
    public String password() {
        return password;
    }
}
