package jp.kumiaidesk.base;

import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Seeds every feature's {@link DemoData} once, when demo mode is on and nobody has an account yet. */
@Component
@Order(10)
class DemoDataRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataRunner.class);

    private final DemoMode demoMode;
    private final List<DemoData> seeders;
    private final JdbcTemplate jdbc;

    DemoDataRunner(DemoMode demoMode, List<DemoData> seeders, JdbcTemplate jdbc) {
        this.demoMode = demoMode;
        this.seeders = seeders;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoMode.enabled()) {
            return;
        }
        Integer users = jdbc.queryForObject("select count(*) from app_user", Integer.class);
        if (users != null && users > 0) {
            return;
        }
        log.info("Empty database in demo mode: seeding demo data");
        SystemAuthentication.run(() -> seeders.stream()
                .sorted(Comparator.comparingInt(DemoData::order))
                .forEach(DemoData::seed));
    }
}
