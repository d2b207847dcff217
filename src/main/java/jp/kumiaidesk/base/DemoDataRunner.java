package jp.kumiaidesk.base;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds every feature's {@link DemoData} once, when demo mode is on and nobody has an account yet — all of it in one
 * transaction, before the web server opens its port. A start that is stopped while seeding (Ctrl+C, a reboot, a
 * killed process) leaves an empty database behind, and the next start seeds again; nobody can sign in to a half
 * seeded union, and the readiness probe says "not ready" until the seeding is over.
 */
@Component
class DemoDataRunner implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DemoDataRunner.class);

    /** Before the web server starts (it starts in a later phase) and before anything else we start. */
    private static final int PHASE = Integer.MIN_VALUE + 1000;

    private final DemoMode demoMode;
    private final List<DemoData> seeders;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate oneTransaction;
    private final String holdUntilFile;
    private volatile boolean running;

    DemoDataRunner(DemoMode demoMode, List<DemoData> seeders, JdbcTemplate jdbc,
            PlatformTransactionManager transactionManager,
            @Value("${kd.demo.test-hold-until-file:}") String holdUntilFile) {
        this.demoMode = demoMode;
        this.seeders = seeders;
        this.jdbc = jdbc;
        this.oneTransaction = new TransactionTemplate(transactionManager);
        this.holdUntilFile = holdUntilFile;
    }

    @Override
    public void start() {
        running = true;
        if (!demoMode.enabled()) {
            return;
        }
        Integer users = jdbc.queryForObject("select count(*) from app_user", Integer.class);
        if (users != null && users > 0) {
            return;
        }
        log.info("Empty database in demo mode: seeding demo data (one transaction)");
        long started = System.nanoTime();
        oneTransaction.executeWithoutResult(tx -> SystemAuthentication.run(this::seed));
        log.info("Demo data seeded in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    private void seed() {
        List<DemoData> ordered = seeders.stream().sorted(Comparator.comparingInt(DemoData::order)).toList();
        for (DemoData seeder : ordered) {
            seeder.seed();
            holdForTest(seeder);
        }
    }

    /**
     * Test hook ({@code kd.demo.test-hold-until-file}): after the first seeder, wait until that file exists, so a
     * test can kill the process in the middle of seeding. Never set in production.
     */
    private void holdForTest(DemoData seeder) {
        if (holdUntilFile.isBlank() || seeder != seeders.stream()
                .min(Comparator.comparingInt(DemoData::order)).orElseThrow()) {
            return;
        }
        log.warn("Demo data: holding the seeding transaction until {} exists (test hook)", holdUntilFile);
        try {
            while (!Files.exists(Path.of(holdUntilFile))) {
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
