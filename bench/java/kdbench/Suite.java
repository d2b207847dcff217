package kdbench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue #6: the running production build measured as users load it, each figure beside its floor from the same run.
 * Started by {@code bench/run.sh}; prints a Markdown table and writes it to {@code bench/results/}.
 */
public class Suite {

    static final Path ROOT = Path.of(".").toAbsolutePath().normalize();
    static final Path WORK = ROOT.resolve(env("BENCH_WORK", "target/bench"));
    static final String JAVA_HOME = System.getProperty("java.home");
    static final String PASSWORD = env("KD_DEMO_PASSWORD", "kumiai-demo-2026");
    static final int PORT = Integer.parseInt(env("BENCH_PORT", "8095"));
    static final String HEAP = env("BENCH_HEAP", "-Xmx1g");
    /** More JVM options for the app (and the PDF part's JVM), e.g. -XX:TieredStopAtLevel=1: what an option costs. */
    static final List<String> APP_JVM_ARGS = Arrays.stream(env("BENCH_JVM_ARGS", "").split(" "))
            .filter(arg -> !arg.isBlank()).toList();
    static final String BASE = "http://127.0.0.1:" + PORT;
    static final int[] NS = Arrays.stream(env("BENCH_UIS", "100,200,400").split(",")).mapToInt(Integer::parseInt)
            .toArray();
    static final int USERS = Integer.parseInt(env("BENCH_USERS", "50"));
    static final int THINK_MS = Integer.parseInt(env("BENCH_THINK_MS", "2000"));
    static final int LOAD_SECONDS = Integer.parseInt(env("BENCH_LOAD_SECONDS", "30"));
    static final int LOAD_WARMUP_SECONDS = Integer.parseInt(env("BENCH_LOAD_WARMUP_S", "20"));
    static final int STARTS = Integer.parseInt(env("BENCH_STARTS", "5"));
    static final String PARTS = env("BENCH_PARTS", "heap,load,page,startup,pdf");
    /** Closed tabs: how long after their last request the heap is measured (the goal: ≤ 30 KB after 5 minutes). */
    static final int CLOSED_WAIT_S = Integer.parseInt(env("BENCH_CLOSED_WAIT_S", "300"));
    /** The tabs counted as open send heartbeats every 30 s, as a browser's do (the app's interval is 60 s). */
    static volatile List<VaadinUser> beating = List.of();

    static final List<String> rows = new ArrayList<>();
    static final List<String> notes = new ArrayList<>();
    static Process app;
    /** CPU time (ms, all threads) the app's JVM had used when the last {@link #start} saw /login answer 200. */
    static long lastCpuMs;
    static int dbPort;

    static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    public static void main(String[] args) throws Exception {
        Files.createDirectories(WORK);
        Path jar = ROOT.resolve(env("BENCH_JAR", "target/kumiai-desk.jar"));
        String load0 = loadavg();
        try {
            if (PARTS.contains("heap") || PARTS.contains("closed") || PARTS.contains("load")
                    || PARTS.contains("page")) {
                start(List.of(), List.of("-jar", jar.toString()), true);
                prepareData();
                if (PARTS.contains("heap") && !PARTS.contains("compactonly")) {
                    heap("default object headers");
                } else if (PARTS.contains("compactonly")) {
                    // only the -XX:+UseCompactObjectHeaders half below
                } else if (PARTS.contains("closed")) {
                    closedTabs(views().get(1), "default object headers");
                }
                if (PARTS.contains("load")) {
                    load();
                }
                if (PARTS.contains("page")) {
                    pageWeight();
                }
                stop();
                if (PARTS.contains("heap") && !PARTS.contains("nocompact")) {
                    start(List.of("-XX:+UseCompactObjectHeaders"), List.of("-jar", jar.toString()), true);
                    heap("-XX:+UseCompactObjectHeaders, as the Docker image runs");
                    stop();
                }
            }
            if (PARTS.contains("startup")) {
                Startups.startup(jar);
            }
            if (PARTS.contains("pdf")) {
                pdf(jar);
            }
        } catch (Throwable t) {
            notes.add("**The run stopped early**: " + t);
            t.printStackTrace();
        } finally {
            stop();
        }
        report(load0);
    }

    // ---------------------------------------------------------------- the app process

    static long start(List<String> jvmFlags, List<String> launch, boolean log) throws Exception {
        return start(jvmFlags, launch, log, Map.of());
    }

    /** {@code appEnv}: more environment for the app (e.g. DB_URL for an external MariaDB). */
    static long start(List<String> jvmFlags, List<String> launch, boolean log, Map<String, String> appEnv)
            throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(JAVA_HOME + "/bin/java");
        cmd.add(HEAP);
        cmd.addAll(APP_JVM_ARGS);
        cmd.addAll(jvmFlags);
        cmd.addAll(launch);
        cmd.add("--server.port=" + PORT);
        // the bare view the heap figures are set beside (jp.kumiaidesk.ops.BenchFloorView); absent without this
        cmd.add("--kd.bench.floor-view=true");
        // its own management port too (8081 by default), so that two runs can go side by side
        cmd.add("--management.server.port=" + (PORT + 10000));
        // e.g. "--vaadin.heartbeatInterval=300 --kd.vaadin.closed-tab-sweep=PT24H" for the figures before issue #16
        for (String arg : env("BENCH_APP_ARGS", "").split(" ")) {
            if (!arg.isBlank()) {
                cmd.add(arg);
            }
        }
        // the production session timeout (30 min) unless told otherwise: the closed-tab figure is about what a tab
        // closed without logging out holds before its session times out
        cmd.add("--server.servlet.session.timeout=" + env("BENCH_SESSION_TIMEOUT", "30m"));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(WORK.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(WORK.resolve("app.log").toFile()));
        pb.environment().put("KD_DATA_DIR", WORK.resolve("data").toString());
        pb.environment().put("KD_DEMO", "true");
        pb.environment().putAll(appEnv);
        // an empty value in appEnv takes the variable away (the floor has no data directory, so no embedded database)
        pb.environment().values().removeIf(String::isEmpty);
        Files.writeString(WORK.resolve("app.log"), "\n==== " + String.join(" ", cmd) + "\n",
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        long logStart = Files.size(WORK.resolve("app.log"));
        long t0 = System.nanoTime();
        app = pb.start();
        HttpClient http = HttpClient.newHttpClient();
        while (true) {
            if (!app.isAlive()) {
                throw new IllegalStateException("the app exited; see " + WORK.resolve("app.log"));
            }
            try {
                int s = http.send(HttpRequest.newBuilder(URI.create(BASE + "/login")).timeout(Duration.ofSeconds(5))
                        .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                if (s == 200) {
                    break;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        // CPU the JVM spent until then (all its threads): moves much less with other work on the machine than the
        // wall time does, so starts measured at different loads can still be compared
        lastCpuMs = app.toHandle().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
        Matcher m = Pattern.compile("Embedded MariaDB on port (\\d+)").matcher(logSince(logStart));
        if (m.find()) {
            dbPort = Integer.parseInt(m.group(1));
        }
        if (log) {
            System.out.println("app up in " + ms + " ms, pid " + app.pid() + ", MariaDB port " + dbPort);
        }
        return ms;
    }

    static void stop() throws Exception {
        if (app != null && app.isAlive()) {
            app.destroy();
            if (!app.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                app.destroyForcibly().waitFor();
            }
        }
        app = null;
    }

    static Connection db() throws Exception {
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + dbPort + "/kumiai", "root", "");
    }

    // ---------------------------------------------------------------- data the users work on

    static long draftId = 7;
    static long sessionId = 5;
    static final List<Long> drafts = new ArrayList<>();
    static final List<Long> sessions = new ArrayList<>();

    /** One SNS draft and one bargaining session per load user (copies of demo ones), so nobody edits another's. */
    static void prepareData() throws Exception {
        try (Connection c = db(); Statement st = c.createStatement()) {
            for (int wait = 0; wait < 120 && count(st, "select count(*) from sns_draft where author = 'seinenbu' "
                    + "and state = 'DRAFT'") == 0; wait++) {
                Thread.sleep(1000); // demo data is seeded after the app answers
            }
            try (ResultSet rs = st.executeQuery("select id from sns_draft where author = 'seinenbu' and state = "
                    + "'DRAFT' order by id")) {
                while (rs.next()) {
                    drafts.add(rs.getLong(1));
                }
            }
            draftId = drafts.getFirst();
            try (ResultSet rs = st.executeQuery("select max(id) from bargaining_session")) {
                rs.next();
                sessionId = rs.getLong(1);
            }
            String draftCols = columns(c, "sns_draft");
            String revCols = columns(c, "sns_draft_revision");
            while (drafts.size() < USERS) {
                st.executeUpdate("insert into sns_draft (" + draftCols + ") select " + draftCols
                        + " from sns_draft where id = " + draftId);
                long id;
                try (ResultSet rs = st.executeQuery("select last_insert_id()")) {
                    rs.next();
                    id = rs.getLong(1);
                }
                st.executeUpdate("insert into sns_draft_revision (" + revCols + ") select "
                        + revCols.replace("`draft_id`", id + "") + " from sns_draft_revision where draft_id = " + draftId);
                drafts.add(id);
            }
            try (ResultSet rs = st.executeQuery("select id from bargaining_session where notes = 'bench' order by id")) {
                while (rs.next()) {
                    sessions.add(rs.getLong(1));
                }
            }
            String sessionCols = columns(c, "bargaining_session");
            while (sessions.size() < USERS) {
                st.executeUpdate("insert into bargaining_session (" + sessionCols + ") select "
                        + sessionCols.replace("`notes`", "'bench'") + " from bargaining_session where id = "
                        + sessionId);
                long id;
                try (ResultSet rs = st.executeQuery("select last_insert_id()")) {
                    rs.next();
                    id = rs.getLong(1);
                }
                st.executeUpdate("insert into demand_answer (session_id, sort_order, demand_id, answer, outcome) "
                        + "select " + id + ", sort_order, demand_id, answer, outcome from demand_answer "
                        + "where session_id = " + sessionId);
                sessions.add(id);
            }
        }
    }

    static long count(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static String columns(Connection c, String table) throws Exception {
        List<String> cols = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getColumns("kumiai", null, table, null)) {
            while (rs.next()) {
                if (!rs.getString("COLUMN_NAME").equals("id")) {
                    cols.add("`" + rs.getString("COLUMN_NAME") + "`");
                }
            }
        }
        return String.join(", ", cols);
    }

    // ---------------------------------------------------------------- 1. live heap per open UI

    record View(String name, String user, String route) {
    }

    static List<View> views() {
        return List.of(new View("recruitment dashboard", "seinenbu", "recruitment"),
                new View("SNS draft editor", "seinenbu", "sns/drafts/" + draftId),
                new View("bargaining session form", "shokikyoku", "bargaining/sessions/" + sessionId));
    }

    static void heap(String variant) throws Exception {
        Thread heartbeats = Thread.ofVirtual().start(() -> {
            while (true) {
                try {
                    Thread.sleep(30_000);
                } catch (InterruptedException e) {
                    return;
                }
                for (VaadinUser u : List.copyOf(beating)) {
                    try {
                        u.heartbeat();
                    } catch (Exception e) {
                        // logged out meanwhile
                    }
                }
            }
        });
        try {
            openHeap(variant);
            if (variant.startsWith("default") && CLOSED_WAIT_S > 0) {
                closedTabs(views().get(1), variant);
            }
        } finally {
            heartbeats.interrupt();
        }
    }

    /**
     * Tabs closed without logging out: N tabs open (one more round trip each), then no request of any kind from them
     * (no heartbeat) for CLOSED_WAIT_S; what they still hold is the closed-tab cost until the session times out.
     */
    static void closedTabs(View view, String variant) throws Exception {
        int n = NS[0];
        beating = List.of();
        long base = total(histogram());
        List<VaadinUser> tabs = Collections.synchronizedList(new ArrayList<>());
        openTabs(view, tabs, n);
        parallel(tabs, VaadinUser::empty);
        long openKb = (total(histogram()) - base) / n / 1024;
        System.out.printf("closed tabs: %d tabs of %s open, %d KB each; waiting %d s without heartbeats%n", n,
                view.name, openKb, CLOSED_WAIT_S);
        Thread.sleep(CLOSED_WAIT_S * 1000L);
        // against the heap right after logging these sessions out, not against the base of 5 minutes earlier:
        // meanwhile the earlier parts' idle keep-alive connections and caches have gone (tens of MB)
        long closed = total(histogram());
        parallel(tabs, VaadinUser::logout);
        long closedKb = (closed - total(histogram())) / n / 1024;
        rows.add(String.format("| heap per closed tab %d s after its last request (%s, %s), N = %d | %d KB (%d KB "
                + "while open) | ≤ 30 KB after 5 min | | what logging those sessions out frees |", CLOSED_WAIT_S,
                view.name, variant, n, closedKb, openKb));
        System.out.println("closed tabs: " + closedKb + " KB each after " + CLOSED_WAIT_S + " s");
    }

    static void openHeap(String variant) throws Exception {
        // the floor: a signed-in tab on a bare Vaadin view (one element, no MainLayout), so what is left is the
        // framework's own per-tab cost; the notifications view is the shell (MainLayout) with a one-column Grid
        String only = env("BENCH_HEAP_VIEWS", "");
        View floorView = new View("bare Vaadin view, no shell (floor)", "seinenbu", "bench/floor");
        View shellView = new View("small view in the shell (notifications)", "seinenbu", "notifications");
        List<View> all = new ArrayList<>(List.of(floorView, shellView));
        all.addAll(views());
        all.removeIf(view -> !only.isEmpty() && view != floorView && !only.contains(view.route.replaceAll("/.*", "")));
        // warm-up of every view first: the first tabs of the run load classes and fill caches that are no UI's own
        // (measured first without this, the floor read 29–38 KB with 14–29 KB of it still there after logging out)
        for (View view : all) {
            List<VaadinUser> warm = Collections.synchronizedList(new ArrayList<>());
            openTabs(view, warm, 20);
            parallel(warm, VaadinUser::empty);
            parallel(warm, VaadinUser::logout);
        }
        long floorKb = 0;
        for (View view : all) {
            // and again per view, right before its figure
            List<VaadinUser> warm = Collections.synchronizedList(new ArrayList<>());
            openTabs(view, warm, 20);
            parallel(warm, VaadinUser::logout);
            Map<String, long[]> before = histogram();
            long base = total(before);
            List<VaadinUser> open = Collections.synchronizedList(new ArrayList<>());
            beating = open;
            StringBuilder perN = new StringBuilder();
            Map<String, long[]> last = before;
            long kb = 0;
            for (int n : NS) {
                openTabs(view, open, n - open.size());
                last = histogram();
                kb = (total(last) - base) / n / 1024;
                perN.append(perN.isEmpty() ? "" : " / ").append(kb);
                System.out.printf("%s %s: %d UIs → %d KB each%n", variant, view.name, n, kb);
            }
            int n = open.size();
            String top = topClasses(before, last, n);
            // one more (empty) UIDL round trip per tab, as a browser's next interaction: Vaadin keeps each UI's last
            // response for a resend, and the navigation's response is the big one
            long charsBefore = open.stream().mapToLong(u -> u.bytesIn).sum();
            parallel(open, VaadinUser::empty);
            // what the round trip answered per tab: Vaadin keeps it as the UI's last response, so a UI that had
            // changes waiting (a live refresh) holds more than one that had none
            long answerChars = (open.stream().mapToLong(u -> u.bytesIn).sum() - charsBefore) / n;
            Map<String, long[]> roundTrip = histogram();
            long roundTripTotal = total(roundTrip);
            long afterRoundTrip = (roundTripTotal - base) / n / 1024;
            beating = List.of();
            parallel(open, VaadinUser::logout);
            Map<String, long[]> loggedOut = histogram();
            long loggedOutTotal = total(loggedOut);
            // the same connections' buffers again, if still open: not a leak of the sessions
            long leakKb = (loggedOutTotal - base - (count(loggedOut, SOCKET_BUFFERS) - count(before, SOCKET_BUFFERS))
                    * SOCKET_BUFFER_BYTES) / n / 1024;
            // The figure: what the open sessions hold, i.e. what ending them frees, from two histograms seconds
            // apart. The growth since the base, minutes earlier, also carries whatever else the app allocated and
            // kept meanwhile (±20 KB per UI at N = 100 between runs); the held figure agreed within 1 KB with the
            // heap walk (bench/heap-walk.sh), which charges only what a session reaches.
            // Not the UIs': Tomcat's buffers of the bench's own HTTP connections (one per client, 8 KB in and 8 KB
            // out each). Whether they are still there after logging out depends on the connections' keep-alive, so
            // without this the figure read 16 KB more per UI in some runs than in others (heap doc, section 12).
            long connectionBytes = (count(roundTrip, SOCKET_BUFFERS) - count(loggedOut, SOCKET_BUFFERS))
                    * SOCKET_BUFFER_BYTES;
            long heldKb = (roundTripTotal - loggedOutTotal - connectionBytes) / n / 1024;
            if (view == floorView) {
                floorKb = Math.max(1, heldKb);
            }
            rows.add(String.format("| heap per open UI after one more round trip, %s (%s), N = %s | **%d KB** held "
                    + "(freed when the %d sessions end); heap growth %s KB after opening, %d KB after the round trip | "
                    + "%s | %s | %s |", view.name, variant,
                    Arrays.stream(NS).mapToObj(Integer::toString).reduce((a, b) -> a + " / " + b).orElse(""), heldKb,
                    n, perN, afterRoundTrip, view == floorView ? "" : "≤ 100 KB",
                    view == floorView ? "(this is the floor)" : floorKb + " KB (bare view)",
                    view == floorView ? "the framework's own part of every figure below"
                            : String.format("%.1f× the floor, %d KB above it (held, N = %d)",
                                    (double) heldKb / floorKb, heldKb - floorKb, n)));
            rows.add(String.format("| heap left per UI after logging the %d sessions out (%s, %s) | %d KB | ≈ 0 | | "
                    + "leak check |", n, view.name, variant, leakKb));
            notes.add("Top classes per open UI at N = " + n + ", " + view.name + " (" + variant + "): " + top
                    + "; of the held figure, after the round trip: " + topClasses(loggedOut, roundTrip, n, 12)
                    + "; the round trip's answer: " + answerChars + " characters per tab; Tomcat's socket buffers "
                    + "(8 KB in, 8 KB out per open connection; their difference is not counted as held) after the "
                    + "round trip / after logging out: "
                    + count(roundTrip, SOCKET_BUFFERS) + " / " + count(loggedOut, SOCKET_BUFFERS));
            System.out.println("after a round trip " + afterRoundTrip + " KB/UI growth, " + heldKb
                    + " KB/UI held (its answer " + answerChars + " characters per tab); closed " + n + ", left "
                    + leakKb + " KB/UI");
        }
    }

    static void openTabs(View view, List<VaadinUser> open, int count) throws Exception {
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(i);
        }
        parallel(ids, i -> {
            VaadinUser u = new VaadinUser(BASE);
            u.login(view.user, PASSWORD);
            u.open(view.route);
            open.add(u);
        });
    }

    interface Job<T> {
        void run(T t) throws Exception;
    }

    /** Four at a time: loading the app while setting up would only add noise. */
    static <T> void parallel(List<T> items, Job<T> job) throws Exception {
        Semaphore permits = new Semaphore(4);
        AtomicInteger failures = new AtomicInteger();
        List<Throwable> first = Collections.synchronizedList(new ArrayList<>());
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (T item : List.copyOf(items)) {
                permits.acquire();
                pool.submit(() -> {
                    try {
                        job.run(item);
                    } catch (Throwable t) {
                        failures.incrementAndGet();
                        first.add(t);
                    } finally {
                        permits.release();
                    }
                });
            }
        }
        if (failures.get() > 0) {
            throw new IllegalStateException(failures + " of " + items.size() + " failed, first: " + first.getFirst(),
                    first.getFirst());
        }
    }

    static Map<String, long[]> histogram() throws Exception {
        jcmd("GC.run");
        Map<String, long[]> classes = new HashMap<>();
        Pattern line = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");
        for (String l : jcmd("GC.class_histogram").split("\n")) {
            Matcher m = line.matcher(l);
            if (m.find()) {
                classes.merge(m.group(3), new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))},
                        (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
            }
        }
        return classes;
    }

    /** One per open HTTP connection, each holding two 8 KB byte[]: the bench's clients' connections, not the UIs. */
    static final String SOCKET_BUFFERS = "org.apache.tomcat.util.net.SocketBufferHandler";
    /** Tomcat's default socket.appReadBufSize + socket.appWriteBufSize. */
    static final long SOCKET_BUFFER_BYTES = 8192 + 8192;

    static long count(Map<String, long[]> h, String className) {
        return h.getOrDefault(className, new long[2])[0];
    }

    static long total(Map<String, long[]> h) {
        return h.values().stream().mapToLong(v -> v[1]).sum();
    }

    static String topClasses(Map<String, long[]> before, Map<String, long[]> after, int n) {
        return topClasses(before, after, n, 6);
    }

    static String topClasses(Map<String, long[]> before, Map<String, long[]> after, int n, int limit) {
        Map<String, Long> delta = new HashMap<>();
        after.forEach((k, v) -> delta.put(k, v[1] - before.getOrDefault(k, new long[2])[1]));
        return delta.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(limit)
                .map(e -> e.getKey().replaceAll("^.*\\.", "") + " " + String.format("%.1f", e.getValue() / 1024.0 / n)
                        + " KB").reduce((a, b) -> a + ", " + b).orElse("");
    }

    static String jcmd(String what) throws Exception {
        Process p = new ProcessBuilder(JAVA_HOME + "/bin/jcmd", Long.toString(app.pid()), what)
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        return out;
    }

    // ---------------------------------------------------------------- 2 + 3. round trips under load, floors

    interface Action {
        /** One user's setup (not timed). */
        VaadinUser setup(int user) throws Exception;

        /** One timed action. */
        void run(VaadinUser u, int i) throws Exception;
    }

    /** An action with the name its rows carry. */
    record Named(String name, Action action) {
    }

    record Result(String name, double[] ms, int errors, double cpuMsPerAction, double dbCpuMsPerAction,
            String firstError) {
        double p(double q) {
            return ms.length == 0 ? Double.NaN : Percentiles.of(ms, q);
        }
    }

    static void load() throws Exception {
        Map<String, Named> actions = new LinkedHashMap<>();
        actions.put("static", new Named("static file GET /styles.css", new Action() {
            public VaadinUser setup(int user) {
                return new VaadinUser(BASE);
            }

            public void run(VaadinUser u, int i) throws Exception {
                u.get("/styles.css");
            }
        }));
        actions.put("empty", new Named("empty UIDL round trip (small view, nothing changes)", new Action() {
            public VaadinUser setup(int user) throws Exception {
                VaadinUser u = new VaadinUser(BASE);
                u.login("seinenbu", PASSWORD);
                u.open("notifications");
                return u;
            }

            public void run(VaadinUser u, int i) throws Exception {
                u.empty();
            }
        }));
        actions.put("small", new Named("navigate to a small view (notifications ⇄ account/password)", new Action() {
            public VaadinUser setup(int user) throws Exception {
                VaadinUser u = new VaadinUser(BASE);
                u.login("seinenbu", PASSWORD);
                u.open("notifications");
                return u;
            }

            public void run(VaadinUser u, int i) throws Exception {
                u.navigate(i % 2 == 0 ? "account/password" : "notifications", "");
            }
        }));
        actions.put("sns", new Named("SNS editor: type into the body → counters and previews", new Action() {
            public VaadinUser setup(int user) throws Exception {
                VaadinUser u = new VaadinUser(BASE);
                u.login("seinenbu", PASSWORD);
                u.open("sns/drafts/" + drafts.get(user % drafts.size()));
                return u;
            }

            public void run(VaadinUser u, int i) throws Exception {
                u.type("sns-body", "青年部の集まりに来てください。#組合 https://example.jp/" + i + " 入力" + "あ".repeat(i % 40));
            }
        }));
        actions.put("recruitment", new Named("open the recruitment dashboard (cohort 2026-04 ⇄ 2025-04)", new Action() {
            public VaadinUser setup(int user) throws Exception {
                VaadinUser u = new VaadinUser(BASE);
                u.login("seinenbu", PASSWORD);
                u.open("recruitment");
                return u;
            }

            public void run(VaadinUser u, int i) throws Exception {
                u.navigate("recruitment", "cohort=" + (i % 2 == 0 ? "2025-04" : "2026-04"));
            }
        }));
        actions.put("bargaining", new Named("bargaining session: type an answer, leave the field (saves)",
                new Action() {
            public VaadinUser setup(int user) throws Exception {
                VaadinUser u = new VaadinUser(BASE);
                u.login("shokikyoku", PASSWORD);
                u.open("bargaining/sessions/" + sessions.get(user % sessions.size()));
                return u;
            }

            public void run(VaadinUser u, int i) throws Exception {
                String field = u.nodesById.keySet().stream().filter(k -> k.startsWith("answer-")).sorted()
                        .findFirst().orElseThrow(() -> new IllegalStateException("no answer field"));
                u.type(field, "年度内に" + (i % 9 + 1) + "名を補充する。");
            }
        }));
        // BENCH_LOAD_ACTIONS=static,sns: only these (the floors' rows then read n/a), e.g. to profile one of them
        String only = env("BENCH_LOAD_ACTIONS", "");
        if (!only.isBlank()) {
            actions.keySet().retainAll(List.of(only.split(",")));
        }
        // a cold JIT makes the first figures measure compilation (C2 takes a core for a minute after a start): every
        // action runs once unmeasured, so that the order of the phases and of the parts before them does not matter
        if (LOAD_WARMUP_SECONDS > 0) {
            for (var a : actions.entrySet()) {
                phase("warm-up: " + a.getValue().name(), a.getValue().action(), LOAD_WARMUP_SECONDS);
            }
        }
        Map<String, Result> r = new LinkedHashMap<>();
        for (var a : actions.entrySet()) {
            r.put(a.getKey(), phase(a.getValue().name(), a.getValue().action(), LOAD_SECONDS));
        }
        if (!only.isBlank()) {
            r.values().forEach(x -> rowsFor(x, null, "—"));
            return;
        }
        double[] sql = sqlFloor();
        Result stat = r.get("static");
        Result empty = r.get("empty");
        Result small = r.get("small");
        rowsFor(stat, null, "—");
        rowsFor(empty, stat, "static file");
        rowsFor(small, stat, "static file");
        rowsFor(r.get("sns"), empty, "empty UIDL");
        rowsFor(r.get("recruitment"), small, "small-view navigation");
        rows.add(String.format("| raw dashboard SQL in MariaDB (JDBC, 1 connection, %d runs) | p50 %.2f / p95 %.2f ms "
                + "| | | recruitment p95 = %.1f× it |", sql.length, Percentiles.of(sql, .5), Percentiles.of(sql, .95),
                r.get("recruitment").p(.95) / Percentiles.of(sql, .95)));
        rowsFor(r.get("bargaining"), empty, "empty UIDL");
    }

    static void rowsFor(Result r, Result floor, String floorName) {
        String ratio = floor == null ? "" : String.format("p50 %.1f× / p95 %.1f× (%s p95 %.1f ms)",
                r.p(.5) / floor.p(.5), r.p(.95) / floor.p(.95), floorName, floor.p(.95));
        rows.add(String.format("| %s: %d users, %d actions, %d errors | p50 %.1f / p95 %.1f / p99 %.1f ms | p95 ≤ 15 ms "
                + "| %s | server CPU %.2f ms/action (+ MariaDB %.2f) |", r.name, USERS, r.ms.length, r.errors,
                r.p(.5), r.p(.95), r.p(.99), ratio, r.cpuMsPerAction, r.dbCpuMsPerAction));
        if (r.firstError != null) {
            notes.add("First error in \"" + r.name + "\": " + r.firstError);
        }
    }

    /**
     * Open model per user: each user's actions are scheduled at exponential think times (mean THINK_MS) after the
     * previous action's <em>scheduled</em> start, and latency counts from that scheduled start — a slow server does
     * not slow the arrivals down (no coordinated omission).
     */
    static Result phase(String name, Action action, int seconds) throws Exception {
        System.out.println("load: " + name);
        List<VaadinUser> users = Collections.synchronizedList(new ArrayList<>());
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < USERS; i++) {
            ids.add(i);
        }
        Map<Integer, VaadinUser> byId = new java.util.concurrent.ConcurrentHashMap<>();
        parallel(ids, i -> byId.put(i, action.setup(i)));
        users.addAll(byId.values());
        ConcurrentLinkedQueue<Double> times = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        List<String> firstError = Collections.synchronizedList(new ArrayList<>());
        long cpu0 = cpuMs(app.toHandle());
        long db0 = dbCpuMs();
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < USERS; i++) {
                VaadinUser u = byId.get(i);
                pool.submit(() -> {
                    ThreadLocalRandom rnd = ThreadLocalRandom.current();
                    long next = start + (long) (rnd.nextDouble() * THINK_MS * 1_000_000L);
                    int n = 0;
                    while (next < end) {
                        long wait = next - System.nanoTime();
                        if (wait > 0) {
                            try {
                                Thread.sleep(Duration.ofNanos(wait));
                            } catch (InterruptedException e) {
                                return;
                            }
                        }
                        try {
                            action.run(u, n++);
                            times.add((System.nanoTime() - next) / 1e6);
                        } catch (Exception e) {
                            errors.incrementAndGet();
                            firstError.add(e.toString());
                        }
                        next += (long) (-Math.log(1 - rnd.nextDouble()) * THINK_MS * 1_000_000L);
                    }
                });
            }
        }
        long cpu = cpuMs(app.toHandle()) - cpu0;
        long db = dbCpuMs() - db0;
        parallel(users, u -> {
            try {
                u.logout();
            } catch (Exception e) {
                // the static-file users have no session
            }
        });
        double[] ms = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int actions = Math.max(1, ms.length + errors.get());
        Result r = new Result(name, ms, errors.get(), (double) cpu / actions, (double) db / actions,
                firstError.isEmpty() ? null : firstError.getFirst());
        System.out.printf("  %d actions, p50 %.1f p95 %.1f p99 %.1f ms, %.2f CPU-ms/action, %d errors%n", ms.length,
                r.p(.5), r.p(.95), r.p(.99), r.cpuMsPerAction, r.errors);
        return r;
    }

    static double[] sqlFloor() throws Exception {
        String sql = "select cohort_id, workplace_id, status, count(*) from new_hire where cohort_id in (?, ?) "
                + "group by cohort_id, workplace_id, status";
        try (Connection c = db(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, 1);
            ps.setLong(2, 2);
            double[] ms = new double[300];
            for (int i = -50; i < ms.length; i++) {
                long t = System.nanoTime();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rs.getLong(4);
                    }
                }
                if (i >= 0) {
                    ms[i] = (System.nanoTime() - t) / 1e6;
                }
            }
            Arrays.sort(ms);
            return ms;
        }
    }

    /** utime + stime of a process from /proc (clock ticks of 10 ms). */
    static long cpuMs(ProcessHandle p) {
        try {
            String stat = Files.readString(Path.of("/proc/" + p.pid() + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10;
        } catch (IOException e) {
            return 0;
        }
    }

    static long dbCpuMs() {
        return app.toHandle().descendants().mapToLong(Suite::cpuMs).sum();
    }

    // ---------------------------------------------------------------- 5. page weight in Chromium

    static void pageWeight() throws Exception {
        try {
            PageWeight.Figures login = PageWeight.measure(BASE, null, null, "login");
            PageWeight.Figures dash = PageWeight.measure(BASE, "seinenbu", PASSWORD, "recruitment");
            for (PageWeight.Figures f : List.of(login, dash)) {
                rows.add(String.format("| first view in Chromium, %s (fresh profile, bytes on the wire) | JS %.0f KB, "
                        + "CSS %.0f KB, all %.0f KB in %d requests; LCP %.0f ms | | | %s |", f.what(), f.js() / 1024.0,
                        f.css() / 1024.0, f.all() / 1024.0, f.requests(), f.lcpMs(), f.encoding()));
            }
        } catch (Throwable t) {
            notes.add("Page weight not measured: " + t);
            t.printStackTrace();
        }
    }

    /** The bench's own compiled classes: first on its class path (bench/run.sh). */
    static Path benchClasses() {
        return Path.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator)[0]).toAbsolutePath();
    }

    /**
     * What the app log holds from a size taken earlier: a byte offset, not a char index (the log holds Japanese; as a
     * char index it skipped past this start's lines, so its port and "Started … in" were not found).
     */
    static String logSince(long byteOffset) throws IOException {
        byte[] bytes = Files.readAllBytes(WORK.resolve("app.log"));
        int from = (int) Math.min(byteOffset, bytes.length);
        return new String(bytes, from, bytes.length - from, java.nio.charset.StandardCharsets.UTF_8);
    }

    static void run(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).directory(WORK.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(WORK.resolve("app.log").toFile())).start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", cmd) + " exited " + p.exitValue());
        }
    }

    // ---------------------------------------------------------------- 6. the PDF renderer

    /**
     * The PDF renderer in a JVM of its own with the app's options (BENCH_JVM_ARGS included): what a newsletter's
     * printable sheet costs the first time after a start and once the JIT has settled ({@link PdfRender}).
     */
    static void pdf(Path jar) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(JAVA_HOME + "/bin/java", HEAP));
        cmd.addAll(APP_JVM_ARGS);
        cmd.addAll(List.of("-cp", Startups.extracted(jar) + java.io.File.pathSeparator + benchClasses(),
                "kdbench.PdfRender", env("BENCH_PDF_RENDERS", "400")));
        Process p = new ProcessBuilder(cmd).directory(WORK.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("cold (\\d+) p50 ([\\d.]+) p95 ([\\d.]+) n (\\d+)").matcher(out);
        if (p.waitFor() != 0 || !m.find()) {
            notes.add("PDF renderer not measured: " + out.strip().lines().reduce((a, b) -> b).orElse("no output"));
            return;
        }
        String options = APP_JVM_ARGS.isEmpty() ? "" : " (" + String.join(" ", APP_JVM_ARGS) + ")";
        System.out.println("pdf" + options + ": " + m.group());
        rows.add("| newsletter-sized PDF (~2,500 characters of Japanese, a 12-row table; IPAex Gothic embedded), "
                + "one JVM" + options + ": the first render, then " + m.group(4) + " | first " + m.group(1)
                + " ms; then p50 " + m.group(2) + " / p95 " + m.group(3)
                + " ms | | | percentiles over the second half of the renders |");
    }

    // ---------------------------------------------------------------- the report

    static String loadavg() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "?";
        }
    }

    static void report(String load0) throws Exception {
        StringBuilder md = new StringBuilder();
        md.append("# Kumiai Desk under load — ").append(Instant.now().toString(), 0, 16).append("Z\n\n");
        md.append("Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores (")
                .append(cpuModel()).append("), ").append(memTotal()).append("; ").append(System.getProperty(
                        "java.vm.name")).append(' ').append(System.getProperty("java.runtime.version"))
                .append("; app heap ").append(HEAP).append(", G1 (default)")
                .append(APP_JVM_ARGS.isEmpty() ? "" : ", app JVM options " + String.join(" ", APP_JVM_ARGS))
                .append("; loadavg before ").append(load0)
                .append(", after ").append(loadavg()).append(".\n");
        md.append("Load: ").append(USERS).append(" users per action, ").append(LOAD_SECONDS)
                .append(" s each after ").append(LOAD_WARMUP_SECONDS)
                .append(" s of each unmeasured, exponential think time mean ").append(THINK_MS)
                .append(" ms (open model, latency from the scheduled start), loopback, client in a separate JVM on "
                        + "the same 2 cores.\n\n");
        md.append("| figure | value | goal | floor (same run) | ratio / notes |\n|---|---|---|---|---|\n");
        rows.forEach(r -> md.append(r).append('\n'));
        md.append('\n');
        notes.forEach(n -> md.append("- ").append(n).append('\n'));
        System.out.println("\n" + md);
        Path dir = ROOT.resolve("bench/results");
        Files.createDirectories(dir);
        Path out = dir.resolve("load-" + Instant.now().toString().replaceAll("[-:]", "").substring(0, 15) + "Z.md");
        Files.writeString(out, md);
        System.out.println("written to " + ROOT.relativize(out));
    }

    static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.replaceAll(".*:\\s*", "")).orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }

    static String memTotal() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .findFirst().map(l -> String.format(Locale.ROOT, "%.0f GiB RAM",
                            Long.parseLong(l.replaceAll("\\D", "")) / 1048576.0)).orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }
}
