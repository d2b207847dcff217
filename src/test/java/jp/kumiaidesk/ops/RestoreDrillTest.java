package jp.kumiaidesk.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.security.crypto.password.PasswordEncoder;

import jp.kumiaidesk.ServiceTest;
import jp.kumiaidesk.base.SystemAuthentication;

/**
 * The restore drill: back up the test database (the embedded one, or CI's system MariaDB in the second pass), restore
 * the dump into a scratch database on the same server, and compare every table by a checksum of its rows' contents
 * ({@link #checksums}); a demo user's password still signs in against the restored row. The test database itself is never touched.
 */
class RestoreDrillTest extends ServiceTest {

    private static final String SCRATCH = "kumiai_restore_drill";

    @Autowired
    BackupService backups;

    @Autowired
    PasswordEncoder passwords;

    private final Path dir = Path.of("target/restore-drill").toAbsolutePath();

    @AfterEach
    void dropScratch() {
        jdbc.execute("drop database if exists " + SCRATCH);
    }

    @Test
    void a_backup_restored_into_an_empty_database_has_every_table_checksum_equal() throws Exception {
        InterruptedSeedingTest.deleteRecursively(dir);
        jdbc.execute("drop database if exists " + SCRATCH);
        jdbc.execute("create database " + SCRATCH + " character set utf8mb4 collate utf8mb4_unicode_ci");
        // The dump's snapshot lies between two checksums of the live database; when they differ a background job
        // (the deadline reminder, the mail outbox …) wrote meanwhile, and the drill takes a new backup.
        Map<String, Long> live = null;
        BackupService.Backup backup = null;
        for (int attempt = 0; attempt < 3 && live == null; attempt++) {
            Map<String, Long> before = checksums(jdbc, currentDatabase());
            backup = SystemAuthentication.call(() -> call(() -> backups.backup(dir)));
            live = before.equals(checksums(jdbc, currentDatabase())) ? before : null;
        }
        assertThat(live).as("three backups in a row raced a writer").isNotNull();
        BackupService.Backup taken = backup;
        assertThat(taken.dump()).exists();
        assertThat(taken.manifest().rowCounts()).containsKeys("app_user", "audit_event", "flyway_schema_history");
        assertThat(taken.manifest().rowCounts().get("app_user")).isPositive();
        assertThat(taken.manifest().sha256()).hasSize(64);

        BackupService.Restore restore = SystemAuthentication.call(() -> call(() -> backups.restoreInto(taken.dump(),
                SCRATCH)));
        assertThat(restore.rowCounts()).isEqualTo(taken.manifest().rowCounts());

        JdbcTemplate scratch = scratch();
        assertThat(checksums(scratch, SCRATCH)).isEqualTo(live);
        String hash = scratch.queryForObject("select password_hash from app_user where username = 'admin'",
                String.class);
        assertThat(passwords.matches("test-demo-pass", hash)).isTrue();
        System.out.printf("restore drill: dump %d bytes, backup %d ms, restore %d ms%n", taken.manifest().bytes(),
                taken.took().toMillis(), restore.took().toMillis());
    }

    @Test
    void a_restore_onto_data_and_a_damaged_dump_are_refused() throws Exception {
        InterruptedSeedingTest.deleteRecursively(dir);
        BackupService.Backup backup = SystemAuthentication.call(() -> call(() -> backups.backup(dir)));
        // the live database is not empty
        assertThatThrownBy(() -> SystemAuthentication.call(() -> call(() -> backups.restore(backup.dump()))))
                .isInstanceOf(BackupService.BackupRefusedException.class).hasMessageContaining("not empty");
        Files.write(backup.dump(), new byte[] {1}, java.nio.file.StandardOpenOption.APPEND);
        jdbc.execute("create database if not exists " + SCRATCH);
        assertThatThrownBy(() -> SystemAuthentication.call(() -> call(() -> backups.restoreInto(backup.dump(),
                SCRATCH)))).isInstanceOf(BackupService.BackupRefusedException.class).hasMessageContaining("SHA-256");
    }

    @Test
    void a_dump_from_a_newer_schema_is_refused() throws Exception {
        InterruptedSeedingTest.deleteRecursively(dir);
        BackupService.Backup backup = SystemAuthentication.call(() -> call(() -> backups.backup(dir)));
        BackupManifest m = backup.manifest();
        new BackupManifest(m.createdAt(), "9.9.9", "99999", m.database(), m.rowCounts(), m.sha256(), m.bytes())
                .write(backup.manifestFile());
        jdbc.execute("create database if not exists " + SCRATCH);
        assertThatThrownBy(() -> SystemAuthentication.call(() -> call(() -> backups.restoreInto(backup.dump(),
                SCRATCH)))).isInstanceOf(BackupService.BackupRefusedException.class)
                .hasMessageContaining("newer than this app knows");
    }

    private String currentDatabase() {
        return jdbc.queryForObject("select database()", String.class);
    }

    private JdbcTemplate scratch() {
        String url = jdbc.queryForObject("select concat('jdbc:mariadb://127.0.0.1:', @@port, '/" + SCRATCH + "')",
                String.class);
        SingleConnectionDataSource ds = new SingleConnectionDataSource(url, username(), password(), true);
        return new JdbcTemplate(ds);
    }

    private String username() {
        return ctx.getEnvironment().getProperty("spring.datasource.username", "").isBlank() ? "root"
                : ctx.getEnvironment().getProperty("spring.datasource.username");
    }

    private String password() {
        return ctx.getEnvironment().getProperty("spring.datasource.password", "");
    }

    /**
     * Per table, a checksum of its rows' contents (every column, generated ones included, as hex; order-free). Not
     * {@code CHECKSUM TABLE}: that sums the stored row images, which differ for a table with a stored generated column
     * (approval_decision.approved_by) between rows written by the app and the same rows restored from a dump.
     */
    private static Map<String, Long> checksums(JdbcTemplate jdbc, String schema) {
        Map<String, Long> sums = new TreeMap<>();
        List<String> tables = jdbc.queryForList("select table_name from information_schema.tables where "
                + "table_schema = ? and table_type = 'BASE TABLE'", String.class, schema);
        for (String table : tables) {
            if (table.equals("shedlock")) {
                // the scheduled jobs (mail outbox retry every 30 s …) renew their locks while the drill runs: the
                // row count is still compared through the manifest, its contents are the clock's, not the union's
                continue;
            }
            List<String> columns = jdbc.queryForList("select column_name from information_schema.columns where "
                    + "table_schema = ? and table_name = ? order by ordinal_position", String.class, schema, table);
            String row = columns.stream().map(c -> "coalesce(hex(`" + c + "`), 'N')")
                    .collect(java.util.stream.Collectors.joining(", ", "concat_ws(',', ", ")"));
            Long sum = jdbc.queryForObject("select coalesce(sum(crc32(" + row + ")), 0) + count(*) * 4294967296 from `"
                    + schema + "`.`" + table + "`", Long.class);
            sums.put(table, sum);
        }
        return sums;
    }

    private interface Work<T> {
        T run() throws Exception;
    }

    private static <T> T call(Work<T> work) {
        try {
            return work.run();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
