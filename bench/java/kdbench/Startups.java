package kdbench;

import static kdbench.Suite.JAVA_HOME;
import static kdbench.Suite.STARTS;
import static kdbench.Suite.WORK;
import static kdbench.Suite.app;
import static kdbench.Suite.benchClasses;
import static kdbench.Suite.env;
import static kdbench.Suite.lastCpuMs;
import static kdbench.Suite.loadavg;
import static kdbench.Suite.logSince;
import static kdbench.Suite.notes;
import static kdbench.Suite.rows;
import static kdbench.Suite.run;
import static kdbench.Suite.start;
import static kdbench.Suite.stop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bench's startup part ({@code BENCH_PARTS=startup}): {@code java} to {@code GET /login} = 200, a first start and
 * BENCH_STARTS warm ones, per launch (fat jar, extracted layout, extracted + a JDK AOT cache) and per database
 * (embedded, external), the AOT rows between two of the start's floor ({@link StartFloor}).
 */
final class Startups {

    /** Which launches the startup part measures: fat, extracted, aot (the AOT cache on the extracted layout), c1. */
    static final String STARTUP_LAUNCHES = env("BENCH_STARTUP", "fat,extracted,aot");
    /**
     * The startup part's external MariaDB (the app with {@code DB_URL}): a server the bench may create this database
     * on (it is created if missing, migrated and seeded with the demo union by the first start, never dropped).
     * "none" leaves the external rows out.
     */
    static final String EXTERNAL_DB_URL = env("BENCH_DB_URL", "jdbc:mariadb://127.0.0.1:3306/kumiai_bench");
    static final String EXTERNAL_DB_USER = env("BENCH_DB_USER", "root");
    static final String EXTERNAL_DB_PASSWORD = env("BENCH_DB_PASSWORD", "");

    private Startups() {
    }

    /** Where the app's database comes from in a startup row: its own embedded MariaDB, or an external one. */
    record Db(String name, Map<String, String> env, String goal, String note) {
    }

    /** Spring Boot's extracted layout of {@code jar} (the thin jar, its {@code lib/} beside it), made once. */
    static Path extracted(Path jar) throws Exception {
        Path extracted = WORK.resolve("extracted");
        // the tools name the extracted jar after the one given (BENCH_JAR may be a copy under another name)
        Path exJarPath = extracted.resolve(jar.getFileName());
        if (!Files.exists(exJarPath)) {
            run(JAVA_HOME + "/bin/java", "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination",
                    extracted.toString(), "--force");
        }
        return exJarPath;
    }

    static void startup(Path jar) throws Exception {
        String exJar = extracted(jar).toString();
        List<Db> dbs = new ArrayList<>();
        Db embedded = new Db("embedded", Map.of(), "warm ≤ 5 s", "includes the embedded MariaDB start");
        dbs.add(embedded);
        dbs.add(runtimeBeans(embedded));
        Db external = externalDb();
        if (external != null) {
            dbs.add(external);
            dbs.add(runtimeBeans(external));
        }
        for (Db db : STARTUP_LAUNCHES.contains("fat") ? dbs : List.<Db>of()) {
            startupRow("fat jar (`java -jar target/kumiai-desk.jar`)", db, List.of(), List.of("-jar", jar.toString()));
        }
        for (Db db : STARTUP_LAUNCHES.contains("extracted") ? dbs : List.<Db>of()) {
            startupRow("extracted layout (`-Djarmode=tools extract`)", db, List.of(), List.of("-jar", exJar));
        }
        if (STARTUP_LAUNCHES.contains("aot")) {
            // the machine's own part, before and after the app's rows: cores of these machines change speed by the
            // hour, and a start goal in seconds only means something beside it
            startFloor(exJar, "before");
            for (Db db : dbs) {
                Path aot = WORK.resolve("app-" + db.name() + ".aot");
                String training = trainAotCache(aot, List.of("-jar", exJar), db.env());
                if (training == null) {
                    continue;
                }
                startupRow("extracted + JDK 25 AOT cache (`-XX:AOTCache`, " + training + ")", db,
                        List.of("-XX:AOTCache=" + aot), List.of("-jar", exJar));
                if (STARTUP_LAUNCHES.contains("c1") && db.name().equals("external")) {
                    // the one option that makes the start much shorter, in the same minutes (the trade: ops doc)
                    startupRow("extracted + the same AOT cache, C1 only (`-XX:TieredStopAtLevel=1`)", db,
                            List.of("-XX:AOTCache=" + aot, "-XX:TieredStopAtLevel=1"), List.of("-jar", exJar));
                }
            }
            startFloor(exJar, "after");
        }
    }

    /** Beside a row, the same start with its beans made at run time: what Spring AOT's definitions save (0021). */
    private static Db runtimeBeans(Db db) {
        Map<String, String> env = new HashMap<>(db.env());
        env.put("KD_SPRING_AOT", "false");
        return new Db(db.name() + "-runtime-beans", env, "(comparison)",
                db.note() + "; KD_SPRING_AOT=false: the beans made at run time, as before decision 0021");
    }

    /** The floor's warm medians (ms) in this run: before and after the app's AOT rows. */
    static final List<Long> floorMs = new ArrayList<>();

    /**
     * The start's floor ({@link StartFloor}: Spring Boot, Tomcat, Spring MVC and Vaadin, one bare route) on the app's
     * class path, with an AOT cache of its own trained the same way as the app's.
     */
    static void startFloor(String exJar, String when) throws Exception {
        // in a jar of its own: a JDK AOT cache refuses a class path with a non-empty directory on it
        Path floorJar = WORK.resolve("start-floor.jar");
        Path aot = WORK.resolve("start-floor.aot");
        if (!Files.exists(floorJar) || floorMs.isEmpty()) {
            // made anew for each run, from the classes bench/run.sh has just compiled, and its cache trained again:
            // a JDK AOT cache is refused once a jar on its class path has changed
            Files.deleteIfExists(aot);
            run(JAVA_HOME + "/bin/jar", "cf", floorJar.toString(), "-C", benchClasses().toString(),
                    "kdbench/StartFloor.class", "-C", benchClasses().toString(), "kdbench/StartFloor$FloorView.class");
        }
        List<String> launch = List.of("-cp", exJar + java.io.File.pathSeparator + floorJar, "kdbench.StartFloor");
        // no KD_DATA_DIR: the app's EarlyDatabaseStart, on this class path, would start the embedded MariaDB beside
        // the floor (it did until 2026-11-30: those floors held a MariaDB start on the same two cores)
        Map<String, String> noDatabase = Map.of("KD_DATA_DIR", "", "KD_DEMO", "");
        String training = Files.exists(aot) ? "the same cache" : trainAotCache(aot, launch, noDatabase);
        if (training != null) {
            Db floor = new Db("floor", noDatabase, "(floor)", "Spring Boot + Tomcat + Spring MVC + Vaadin with one bare "
                    + "route at /login, on the app's class path: no database, security, JPA or Flyway (" + when
                    + " the app's rows)");
            floorMs.add(startupRow("the same JVM and layout, AOT cache (" + training + ")", floor,
                    List.of("-XX:AOTCache=" + aot), launch));
        }
    }

    /**
     * Trains a JDK AOT cache with one whole start (up to /login = 200, then stopped: the JVM writes the cache as it
     * exits). With -Dspring.context.exit=onRefresh (as the Docker build must, having no database) the repositories,
     * made after the port opens, and the login page's classes would be missing from it. Returns how the training
     * went, for the row, or null (with a note) when no cache was written.
     */
    static String trainAotCache(Path aot, List<String> launch, Map<String, String> env) throws Exception {
        Files.deleteIfExists(aot);
        long t0 = System.nanoTime();
        String failed = "";
        try {
            start(List.of("-XX:AOTCacheOutput=" + aot), launch, false, env);
            Thread.sleep(2000);
            app.destroy();
            app.waitFor(300, java.util.concurrent.TimeUnit.SECONDS); // writing the cache takes a while
        } catch (IllegalStateException e) {
            failed = " (" + e.getMessage() + ")";
        } finally {
            stop();
        }
        long trainMs = (System.nanoTime() - t0) / 1_000_000;
        if (!Files.exists(aot)) {
            notes.add("AOT cache training (" + String.join(" ", launch) + ") wrote no cache" + failed + "; see "
                    + WORK.resolve("app.log"));
            return null;
        }
        return "trained in " + trainMs / 1000 + " s, " + Files.size(aot) / 1024 / 1024 + " MiB";
    }

    /**
     * The external MariaDB of BENCH_DB_URL, its database created if missing; null (with a note) when it is "none"
     * or the server does not answer.
     */
    static Db externalDb() {
        if (EXTERNAL_DB_URL.equals("none")) {
            return null;
        }
        Matcher m = Pattern.compile("(jdbc:mariadb://[^/]+)/([A-Za-z0-9_]+)(.*)").matcher(EXTERNAL_DB_URL);
        if (!m.matches()) {
            notes.add("External-MariaDB rows left out: BENCH_DB_URL is not jdbc:mariadb://host:port/database");
            return null;
        }
        try (Connection c = DriverManager.getConnection(m.group(1) + "/" + m.group(3), EXTERNAL_DB_USER,
                EXTERNAL_DB_PASSWORD); Statement st = c.createStatement()) {
            st.execute("create database if not exists `" + m.group(2)
                    + "` character set utf8mb4 collate utf8mb4_unicode_ci");
            String version;
            try (ResultSet rs = st.executeQuery("select version()")) {
                rs.next();
                version = rs.getString(1);
            }
            return new Db("external", Map.of("DB_URL", EXTERNAL_DB_URL, "DB_USER", EXTERNAL_DB_USER, "DB_PASSWORD",
                    EXTERNAL_DB_PASSWORD), "warm ≤ 3 s", "external MariaDB " + version + " (`DB_URL`, already "
                            + "running; the first start ever migrates and seeds it)");
        } catch (Exception e) {
            notes.add("External-MariaDB rows left out: " + EXTERNAL_DB_URL + " does not answer (" + e.getMessage()
                    + "); set BENCH_DB_URL/BENCH_DB_USER/BENCH_DB_PASSWORD, or BENCH_DB_URL=none");
            return null;
        }
    }

    /** One start row: a first start, then BENCH_STARTS warm ones; returns their median (ms). */
    static long startupRow(String what, Db db, List<String> flags, List<String> launch) throws Exception {
        long cold = start(flags, launch, false, db.env());
        stop();
        long[] warm = new long[STARTS];
        double[] context = new double[STARTS];
        long[] cpu = new long[STARTS];
        for (int i = 0; i < STARTS; i++) {
            long logStart = Files.size(WORK.resolve("app.log"));
            warm[i] = start(flags, launch, false, db.env());
            cpu[i] = lastCpuMs;
            stop();
            context[i] = startedIn(logStart);
        }
        long[] cpuSorted = cpu.clone();
        Arrays.sort(cpuSorted);
        long[] sorted = warm.clone();
        Arrays.sort(sorted);
        double[] contextSorted = context.clone();
        Arrays.sort(contextSorted);
        String load = loadavg().replaceAll("^(\\S+ \\S+ \\S+).*", "$1");
        System.out.println("startup " + db.name() + ", " + what + ": first " + cold + " ms, then "
                + Arrays.toString(warm) + ", CPU " + Arrays.toString(cpu) + " ms, Spring's 'Started … in' "
                + Arrays.toString(context) + ", load " + load);
        long median = sorted[STARTS / 2];
        String floor = db.name().equals("floor") || floorMs.isEmpty() ? ""
                : String.format(Locale.ROOT, "%.1f× the floor (%.1f s); ", (double) median / floorMs.get(0),
                        floorMs.get(0) / 1000.0);
        rows.add(String.format(Locale.ROOT, "| start → /login 200, %s%s, %s | first %.1f s, warm median **%.1f s** "
                + "(%s) | %s | %sJVM CPU to /login median %.1f s; Spring's `Started … in` median %.1f s | "
                + "%s; load average after %s |", db.name(), db.name().equals("floor") ? "" : " DB", what,
                cold / 1000.0, median / 1000.0,
                Arrays.stream(warm).mapToObj(v -> String.format(Locale.ROOT, "%.1f", v / 1000.0))
                        .reduce((a, b) -> a + ", " + b).orElse(""), db.goal(), floor, cpuSorted[STARTS / 2] / 1000.0,
                contextSorted[STARTS / 2], db.note(), load));
        return median;
    }

    /** Spring's own start time ("Started Application in 4.1 seconds") of the start logged after {@code from}. */
    static double startedIn(long from) throws IOException {
        Matcher m = Pattern.compile("Started \\w+ in ([0-9.]+) seconds").matcher(logSince(from));
        return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
    }
}
