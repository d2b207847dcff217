package jp.kumiaidesk.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.scheduling.annotation.Scheduled;

import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import jp.kumiaidesk.ServiceTest;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * What a Galera cluster needs of the schema and of the scheduled jobs: every table has a primary key and is InnoDB
 * (Galera replicates nothing else reliably), and every scheduled job is locked so it runs on one node only.
 */
class ClusterSafeSchemaTest extends ServiceTest {

    @Test
    void everyTableHasAPrimaryKeyAndIsInnoDb() {
        List<String> withoutKey = jdbc.queryForList("""
                select t.table_name from information_schema.tables t
                where t.table_schema = database() and t.table_type = 'BASE TABLE'
                  and not exists (select 1 from information_schema.table_constraints c
                                  where c.table_schema = t.table_schema and c.table_name = t.table_name
                                    and c.constraint_type = 'PRIMARY KEY')
                order by t.table_name""", String.class);
        List<String> notInnoDb = jdbc.queryForList("""
                select table_name from information_schema.tables
                where table_schema = database() and table_type = 'BASE TABLE' and engine <> 'InnoDB'
                order by table_name""", String.class);
        Integer tables = jdbc.queryForObject("select count(*) from information_schema.tables "
                + "where table_schema = database() and table_type = 'BASE TABLE'", Integer.class);

        assertThat(tables).isGreaterThan(20);
        assertThat(withoutKey).as("tables without a primary key").isEmpty();
        assertThat(notInnoDb).as("tables not on InnoDB").isEmpty();
    }

    /** Jobs that are about the node itself, not the union's data: every node runs them. */
    private static final java.util.Set<String> PER_NODE = java.util.Set.of(
            "MailHealthIndicator.check", // each node checks that it can reach the mail server
            "ClosedTabs.sweep"); // each node removes the UIs of its own closed tabs

    @Test
    void everyScheduledJobTakesAClusterLock() {
        List<String> unlocked = new ArrayList<>();
        int scheduled = 0;
        try (ScanResult scan = new ClassGraph().enableAllInfo().ignoreClassVisibility()
                .ignoreMethodVisibility().acceptPackages("jp.kumiaidesk").scan()) {
            for (Class<?> type : scan.getClassesWithMethodAnnotation(Scheduled.class.getName()).loadClasses()) {
                for (Method method : type.getDeclaredMethods()) {
                    if (method.isAnnotationPresent(Scheduled.class)) {
                        scheduled++;
                        if (!method.isAnnotationPresent(SchedulerLock.class)
                                && !PER_NODE.contains(type.getSimpleName() + "." + method.getName())) {
                            unlocked.add(type.getSimpleName() + "." + method.getName());
                        }
                    }
                }
            }
        }
        assertThat(scheduled).isGreaterThanOrEqualTo(2);
        assertThat(unlocked).as("@Scheduled without @SchedulerLock").isEmpty();
    }

    @Test
    void aHeldLockIsRefusedToTheSecondNode() {
        LockProvider locks = ctx.getBean(LockProvider.class);
        LockConfiguration job = new LockConfiguration(Instant.now(), unique("test-job-"), Duration.ofMinutes(1),
                Duration.ZERO);

        Optional<SimpleLock> first = locks.lock(job);
        Optional<SimpleLock> second = locks.lock(job);
        assertThat(first).isPresent();
        assertThat(second).as("the same job while another node holds it").isEmpty();

        first.get().unlock();
        Optional<SimpleLock> afterRelease = locks.lock(job);
        assertThat(afterRelease).isPresent();
        afterRelease.get().unlock();
    }
}
