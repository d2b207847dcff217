package jp.kumiaidesk.ops;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * What a backup holds, beside its dump ({@code kumiai-….sql.gz} → {@code kumiai-….manifest.properties}): when, by
 * which app version, at which Flyway schema version, the rows of each table, and the dump's SHA-256.
 */
record BackupManifest(Instant createdAt, String appVersion, String flywayVersion, String database,
        Map<String, Long> rowCounts, String sha256, long bytes) {

    private static final String ROWS = "rows.";

    static Path pathFor(Path dump) {
        String name = dump.getFileName().toString().replaceFirst("\\.sql\\.gz$", "");
        return dump.resolveSibling(name + ".manifest.properties");
    }

    void write(Path file) throws IOException {
        Properties p = new Properties();
        p.setProperty("created-at", createdAt.toString());
        p.setProperty("app-version", appVersion);
        p.setProperty("flyway-version", flywayVersion);
        p.setProperty("database", database);
        p.setProperty("sha256", sha256);
        p.setProperty("bytes", Long.toString(bytes));
        rowCounts.forEach((table, n) -> p.setProperty(ROWS + table, Long.toString(n)));
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            p.store(out, "Kumiai Desk backup manifest (restore with: java -jar kumiai-desk.jar restore <dump>)");
        }
    }

    static BackupManifest read(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        Map<String, Long> rows = new TreeMap<>();
        p.stringPropertyNames().stream().filter(k -> k.startsWith(ROWS))
                .forEach(k -> rows.put(k.substring(ROWS.length()), Long.parseLong(p.getProperty(k))));
        return new BackupManifest(Instant.parse(p.getProperty("created-at")), p.getProperty("app-version"),
                p.getProperty("flyway-version"), p.getProperty("database"), rows, p.getProperty("sha256"),
                Long.parseLong(p.getProperty("bytes", "0")));
    }
}
