package jp.kumiaidesk.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * {@code java -jar kumiai-desk.jar backup} and {@code restore} as an operator runs them, on the embedded database:
 * the demo union is backed up from one data directory, restored into a fresh one, and the app starts on the restored
 * directory and serves its login page with the same users.
 */
class BackupCommandsTest {

    private static final Path DIR = Path.of("target/backup-commands").toAbsolutePath();

    @Test
    void the_demo_database_round_trips_through_the_backup_and_restore_commands() throws Exception {
        InterruptedSeedingTest.deleteRecursively(DIR);
        String original = "--kd.data-dir=" + DIR.resolve("original");
        String restored = "--kd.data-dir=" + DIR.resolve("restored");
        try (AppProcess app = AppProcess.start(DIR.resolve("app.log"), original, "--kd.demo=true")) {
            app.awaitHttp("/login");
        }

        Path backups = DIR.resolve("backups");
        assertThat(AppProcess.command(DIR.resolve("backup.log"), List.of(), "backup", "--to", backups.toString(),
                original)).as(AppProcess.tail(DIR.resolve("backup.log"))).isZero();
        Path dump;
        try (Stream<Path> files = Files.list(backups)) {
            dump = files.filter(p -> p.toString().endsWith(".sql.gz")).findFirst().orElseThrow();
        }
        assertThat(BackupManifest.pathFor(dump)).exists();

        int restore = AppProcess.command(DIR.resolve("restore.log"), List.of(), "restore", dump.toString(), restored);
        assertThat(restore).as(AppProcess.tail(DIR.resolve("restore.log"))).isZero();
        assertThat(Files.readString(DIR.resolve("restore.log"))).contains("row counts verified");
        // a second restore onto the now filled database is refused
        assertThat(AppProcess.command(DIR.resolve("restore-again.log"), List.of(), "restore", dump.toString(),
                restored)).isEqualTo(2);

        try (AppProcess app = AppProcess.start(DIR.resolve("restored.log"), restored)) {
            String dbPort = app.awaitLog("Embedded MariaDB on port (\\d+)");
            app.awaitHttp("/login");
            try (Connection db = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + dbPort + "/kumiai",
                    "root", "")) {
                assertThat(count(db, "select count(*) from app_user")).as("the six demo accounts").isEqualTo(6);
                assertThat(count(db, "select count(*) from audit_event where action = 'backup.restored'"))
                        .isEqualTo(1);
            }
        }
        System.out.println("backup command: " + grep(DIR.resolve("backup.log"), "Backup written"));
        System.out.println("restore command: " + grep(DIR.resolve("restore.log"), "Restored"));
    }

    private static long count(Connection db, String sql) throws Exception {
        try (ResultSet rs = db.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String grep(Path log, String start) throws Exception {
        return Files.readAllLines(log).stream().filter(l -> l.startsWith(start)).findFirst().orElse("?");
    }
}
