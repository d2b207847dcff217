package jp.kumiaidesk.ops;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.flywaydb.core.api.MigrationVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import jp.kumiaidesk.audit.AuditEntry;
import jp.kumiaidesk.base.EmbeddedMariaDb;
import jp.kumiaidesk.base.Roles;

/**
 * Logical backups with MariaDB's own tools: {@code mariadb-dump --single-transaction} (a consistent snapshot while
 * the app keeps working) gzipped, with a {@link BackupManifest}; and the restore of such a dump into an empty
 * database, refused when the dump comes from a newer schema than this app knows, verified row by row count
 * against the manifest, and written to the audit trail.
 */
@Service
public class BackupService {

    private static final Logger log = LoggerFactory.getLogger(BackupService.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneId.of("Asia/Tokyo"));
    private static final Pattern DEFINER = Pattern.compile("/\\*!50017 DEFINER=`[^`]*`(@`[^`]*`)?\\s*\\*/\\s?"
            + "|DEFINER=`[^`]*`(@`[^`]*`)?\\s?");
    private static final Pattern MIGRATION = Pattern.compile("V([0-9_.]+)__.*\\.sql");

    private final JdbcTemplate jdbc;
    private final DatabaseTarget target;
    private final Optional<EmbeddedMariaDb> embedded;
    private final String programsDir;
    private final Path defaultDir;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    BackupService(JdbcTemplate jdbc,
            @Value("${spring.datasource.url:}") String url, @Value("${spring.datasource.username:}") String user,
            @Value("${spring.datasource.password:}") String password, @Value("${kd.mariadb-bin:}") String programsDir,
            @Value("${kd.backup.dir}") String defaultDir, ApplicationEventPublisher events,
            PlatformTransactionManager transactionManager, Clock clock) throws IOException {
        this.jdbc = jdbc;
        this.embedded = EmbeddedMariaDb.serving(url);
        this.target = DatabaseTarget.of(url, user, password);
        this.programsDir = programsDir;
        this.defaultDir = Path.of(defaultDir).toAbsolutePath().normalize();
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        // the disk-space health check watches this directory
        Files.createDirectories(this.defaultDir);
    }

    /** The result of one backup, for the log, the admin page and the tests. */
    public record Backup(Path dump, Path manifestFile, BackupManifest manifest, Duration took) {
    }

    /** The result of one restore. */
    public record Restore(BackupManifest manifest, Map<String, Long> rowCounts, Duration took) {
    }

    public Path defaultDir() {
        return defaultDir;
    }

    /** Writes {@code kumiai-<time>.sql.gz} and its manifest into {@code dir}. */
    @PreAuthorize(Roles.IS_ADMIN)
    public Backup backup(Path dir) throws IOException, InterruptedException {
        long started = System.nanoTime();
        Files.createDirectories(dir);
        Instant now = clock.instant();
        String name = "kumiai-" + STAMP.format(now);
        Path dump = dir.resolve(name + ".sql.gz");
        Path partial = dir.resolve(name + ".sql.gz.part");
        String flywayVersion = flywayVersion(jdbc);
        MariaDbPrograms programs = programs();
        DumpRowCounter counter = new DumpRowCounter();
        MessageDigest sha = sha256();
        MariaDbPrograms.Running dumping = programs.start(programs.dump(), target, List.of("--single-transaction",
                "--routines", "--triggers", "--hex-blob", "--skip-lock-tables"));
        try (BufferedReader sql = new BufferedReader(
                new InputStreamReader(dumping.process().getInputStream(), StandardCharsets.UTF_8), 1 << 16);
                OutputStream file = new java.security.DigestOutputStream(Files.newOutputStream(partial), sha);
                BufferedWriter out = new BufferedWriter(
                        new OutputStreamWriter(new GZIPOutputStream(file, 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
            for (String line = sql.readLine(); line != null; line = sql.readLine()) {
                counter.line(line);
                out.write(withoutDefiner(line));
                out.write('\n');
            }
        } catch (IOException | RuntimeException e) {
            dumping.process().destroyForcibly();
            Files.deleteIfExists(partial);
            try {
                dumping.finish("mariadb-dump");
            } catch (IOException alsoFailed) {
                e.addSuppressed(alsoFailed);
            }
            throw e;
        }
        try {
            dumping.finish("mariadb-dump");
        } catch (IOException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, dump);
        BackupManifest manifest = new BackupManifest(now, appVersion(), flywayVersion, target.database(),
                counter.rows(), HexFormat.of().formatHex(sha.digest()), Files.size(dump));
        Path manifestFile = BackupManifest.pathFor(dump);
        manifest.write(manifestFile);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        log.info("Backup {} written: {} bytes, {} tables, {} rows, in {} ms", dump, manifest.bytes(),
                manifest.rowCounts().size(), manifest.rowCounts().values().stream().mapToLong(Long::longValue).sum(),
                took.toMillis());
        return new Backup(dump, manifestFile, manifest, took);
    }

    /**
     * Triggers carry the account that created them ({@code DEFINER=`root`@`localhost`}, or an empty one on the
     * embedded server); that account rarely exists on the server a dump is restored to, so the dump leaves it out
     * and the restoring account becomes the definer.
     */
    static String withoutDefiner(String line) {
        return line.contains("DEFINER=") ? DEFINER.matcher(line).replaceAll("") : line;
    }

    /** Deletes backups (dump and manifest) in {@code dir} older than {@code days}. */
    @PreAuthorize(Roles.IS_ADMIN)
    public int deleteOlderThan(Path dir, int days) throws IOException {
        Instant limit = clock.instant().minus(Duration.ofDays(days));
        int deleted = 0;
        try (var files = Files.list(dir)) {
            for (Path dump : files.filter(p -> p.getFileName().toString().matches("kumiai-.*\\.sql\\.gz")).toList()) {
                if (Files.getLastModifiedTime(dump).toInstant().isBefore(limit)) {
                    Files.deleteIfExists(BackupManifest.pathFor(dump));
                    Files.delete(dump);
                    deleted++;
                }
            }
        }
        return deleted;
    }

    /** Restores into this app's database, which must be empty. */
    @PreAuthorize(Roles.IS_ADMIN)
    public Restore restore(Path dump) throws IOException, InterruptedException {
        Restore restore = restoreInto(dump, target, jdbc);
        transactions.executeWithoutResult(tx -> events.publishEvent(AuditEntry.now("backup.restored", "backup",
                dump.getFileName().toString(), "created " + restore.manifest().createdAt() + ", schema "
                        + restore.manifest().flywayVersion() + ", " + restore.rowCounts().values().stream()
                                .mapToLong(Long::longValue).sum() + " rows")));
        return restore;
    }

    /**
     * Restores into another, empty database on the same server (the restore drill in the tests: the live one
     * stays untouched).
     */
    @PreAuthorize(Roles.IS_ADMIN)
    public Restore restoreInto(Path dump, String database) throws IOException, InterruptedException {
        DatabaseTarget other = target.withDatabase(database);
        return restoreInto(dump, other, new JdbcTemplate(new DriverManagerDataSource(other.jdbcUrl(), other.user(),
                other.password())));
    }

    private Restore restoreInto(Path dump, DatabaseTarget into, JdbcTemplate intoJdbc)
            throws IOException, InterruptedException {
        long started = System.nanoTime();
        BackupManifest manifest = BackupManifest.read(BackupManifest.pathFor(dump));
        String sha = sha256Of(dump);
        if (!sha.equals(manifest.sha256())) {
            throw new BackupRefusedException("The dump " + dump + " does not match its manifest (SHA-256 " + sha
                    + ", manifest " + manifest.sha256() + "): it is damaged or incomplete");
        }
        MigrationVersion known = latestMigration();
        if (MigrationVersion.fromVersion(manifest.flywayVersion()).isNewerThan(known.getVersion())) {
            throw new BackupRefusedException("The dump has schema version " + manifest.flywayVersion()
                    + ", newer than this app knows (" + known + "): restore it with app version "
                    + manifest.appVersion() + " or later");
        }
        List<String> existing = tables(intoJdbc);
        if (!existing.isEmpty()) {
            throw new BackupRefusedException("The database " + into.database() + " is not empty (" + existing.size()
                    + " tables): restore only into an empty database, see docs/operations.md");
        }
        MariaDbPrograms programs = programs();
        MariaDbPrograms.Running loading = programs.start(programs.client(), into, List.of("--batch"));
        try (InputStream sql = new GZIPInputStream(Files.newInputStream(dump), 1 << 16);
                OutputStream in = loading.process().getOutputStream()) {
            sql.transferTo(in);
        } catch (IOException e) {
            loading.process().destroyForcibly();
            loading.finish("mariadb");
            throw e;
        }
        loading.finish("mariadb");
        Map<String, Long> counts = rowCounts(intoJdbc);
        if (!counts.equals(manifest.rowCounts())) {
            throw new BackupRefusedException("Row counts after the restore differ from the manifest: restored "
                    + counts + ", manifest " + manifest.rowCounts());
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        log.info("Restored {} into {}: {} tables verified, in {} ms", dump, into.database(), counts.size(),
                took.toMillis());
        return new Restore(manifest, counts, took);
    }

    /** A backup that must not be restored (damaged, from a newer schema, or onto data). */
    public static class BackupRefusedException extends IllegalStateException {
        BackupRefusedException(String message) {
            super(message);
        }
    }

    private MariaDbPrograms programs() {
        return embedded.map(db -> MariaDbPrograms.embedded(db.baseDir()))
                .orElseGet(() -> MariaDbPrograms.onPath(programsDir));
    }

    static List<String> tables(JdbcTemplate jdbc) {
        return jdbc.queryForList("select table_name from information_schema.tables where table_schema = database()"
                + " and table_type = 'BASE TABLE' order by table_name", String.class);
    }

    static Map<String, Long> rowCounts(JdbcTemplate jdbc) {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : tables(jdbc)) {
            counts.put(table, jdbc.queryForObject("select count(*) from `" + table + "`", Long.class));
        }
        return counts;
    }

    private static String flywayVersion(JdbcTemplate jdbc) {
        List<String> versions = jdbc.queryForList("select version from flyway_schema_history where success = 1"
                + " and version is not null order by installed_rank desc limit 1", String.class);
        return versions.isEmpty() ? "0" : versions.getFirst();
    }

    /** The highest migration this build carries. */
    static MigrationVersion latestMigration() throws IOException {
        MigrationVersion latest = MigrationVersion.fromVersion("0");
        for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/V*__*.sql")) {
            Matcher m = MIGRATION.matcher(String.valueOf(r.getFilename()));
            if (m.matches()) {
                MigrationVersion v = MigrationVersion.fromVersion(m.group(1).replace('_', '.'));
                latest = v.isNewerThan(latest.getVersion()) ? v : latest;
            }
        }
        return latest;
    }

    static String appVersion() {
        String version = BackupService.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }

    private static String sha256Of(Path file) throws IOException {
        MessageDigest sha = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
