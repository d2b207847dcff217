package jp.kumiaidesk.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Issue #14: a first start stopped while the demo union is being seeded (Ctrl+C, a reboot) must not brick the data
 * directory. A real app process is killed like a power cut (JVM and MariaDB, {@code kill -9}) in the middle of
 * seeding, then started again on the same directory: it seeds once more and answers.
 */
class InterruptedSeedingTest {

    private static final Path DIR = Path.of("target/interrupted-seeding").toAbsolutePath();

    @Test
    void a_start_killed_while_seeding_leaves_a_directory_the_next_start_seeds_and_serves() throws Exception {
        deleteRecursively(DIR);
        String dataDir = "--kd.data-dir=" + DIR.resolve("data");
        try (AppProcess first = AppProcess.start(DIR.resolve("first.log"), dataDir, "--kd.demo=true",
                "--kd.demo.test-hold-until-file=" + DIR.resolve("never-created"))) {
            first.awaitLog("holding the seeding transaction");
            // the workplaces are written (in the open transaction), and nobody can reach the app yet
            assertThatThrownBy(() -> new Socket("127.0.0.1", first.port).close()).isInstanceOf(ConnectException.class);
            first.kill();
        }

        try (AppProcess second = AppProcess.start(DIR.resolve("second.log"), dataDir, "--kd.demo=true")) {
            String dbPort = second.awaitLog("Embedded MariaDB on port (\\d+)");
            second.awaitHttp("/login");
            assertThat(second.log()).contains("seeding demo data").contains("Demo data seeded");
            try (Connection db = DriverManager.getConnection(
                    "jdbc:mariadb://127.0.0.1:" + dbPort + "/kumiai", "root", "")) {
                assertThat(count(db, "select count(*) from app_user")).as("the six demo accounts").isEqualTo(6);
                assertThat(count(db, "select count(*) from workplace where name = '中央保育所'")).isEqualTo(1);
            }
        }
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (ResultSet rs = db.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
