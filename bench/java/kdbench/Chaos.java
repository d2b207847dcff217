package kdbench;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Issue #15 item 5, the chaos run: simulated users work through HAProxy (the Vaadin protocol client of the load
 * benchmark) while one app node and then the database node the app nodes write to are killed with SIGKILL, and both
 * are started again. Prints, per phase, the failed requests, who saw an error, how long until everybody worked again,
 * where HAProxy sent the dead node's users, and how much typed text the database lacks compared with what each user
 * had typed. Run by {@code ops/cluster/chaos.sh}; not a test.
 *
 * <p>Users: typists of an SNS draft (seinenbu, the composer's body), typists of a bargaining session answer
 * (shokikyoku), and readers moving between pages (seinenbu). A typist types two characters every
 * {@code CHAOS_KEY_MS}, with a pause after every sentence. What reaches the server follows the field's value-change
 * mode as the page declares it: a field that listens to {@code input} (Vaadin's LAZY / TIMEOUT / EAGER) gets
 * each keystroke group; a field that listens only to {@code change} (ON_CHANGE) gets its value when the user leaves it,
 * which this user does after every third sentence.
 */
public final class Chaos {

    static final String BASE = env("CHAOS_BASE", "http://127.0.0.1:8180");
    static final int USERS = Integer.parseInt(env("CHAOS_USERS", "50"));
    static final long KEY_MS = Long.parseLong(env("CHAOS_KEY_MS", "500"));
    static final long WARMUP_S = Long.parseLong(env("CHAOS_WARMUP_S", "20"));
    static final long PHASE_S = Long.parseLong(env("CHAOS_PHASE_S", "30"));
    static final Path DIR = Path.of(env("KD_CLUSTER_DIR", "target/cluster"));
    static final String DB_URL = env("CHAOS_DB_URL",
            "jdbc:mariadb:sequential://127.0.0.1:3311,127.0.0.1:3312,127.0.0.1:3313/kumiai");
    static final String PASSWORD = env("KD_DEMO_PASSWORD", "kumiai-demo-2026");
    static final String CLUSTER_SH = env("CHAOS_CLUSTER_SH", "ops/cluster/cluster.sh");
    static final int DB_KILLS = Integer.parseInt(env("CHAOS_DB_KILLS", "1"));
    static final List<Long> dbKills = Collections.synchronizedList(new ArrayList<>());
    /** CHAOS_PARTITION=0 leaves out the partition: the written node alive but cut off from the other two */
    static final boolean PARTITION = !"0".equals(env("CHAOS_PARTITION", "1"));
    static final long PARTITION_S = Long.parseLong(env("CHAOS_PARTITION_S", "90"));

    static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    static final long T0 = System.currentTimeMillis();

    static double s(long millis) {
        return (millis - T0) / 1000.0;
    }

    static void log(String message) {
        System.out.printf("[%7.1f s] %s%n", s(System.currentTimeMillis()), message);
    }

    // ---------------------------------------------------------------- phases and counters

    static volatile String phase = "warmup";
    static final List<String> PHASES = Collections.synchronizedList(new ArrayList<>());
    static final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    static final Map<String, AtomicInteger> failed = new ConcurrentHashMap<>();
    /** phase → node → number of responses that carried the error notification or the conflict dialog */
    static final Map<String, Map<String, AtomicInteger>> errorsShown = new ConcurrentHashMap<>();
    static final Map<String, Map<String, AtomicInteger>> failedByNode = new ConcurrentHashMap<>();

    static void enter(String name) {
        phase = name;
        PHASES.add(name);
        log("== phase " + name);
    }

    static void count(Map<String, AtomicInteger> m, String key) {
        m.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
    }

    static void count(Map<String, Map<String, AtomicInteger>> m, String phase, String node) {
        m.computeIfAbsent(phase, k -> new ConcurrentHashMap<>()).computeIfAbsent(node, k -> new AtomicInteger())
                .incrementAndGet();
    }

    // ---------------------------------------------------------------- one simulated user

    enum Kind { SNS, SESSION, READER }

    record Loss(int user, Kind kind, String phase, int chars, double seconds) {
    }

    static final List<Loss> losses = Collections.synchronizedList(new ArrayList<>());

    /** A failure and what followed it: when it began, when the user worked again, on which node before and after. */
    record Outage(int user, String phase, long from, long until, String nodeBefore, String nodeAfter, boolean relogin) {
    }

    static final List<Outage> outages = Collections.synchronizedList(new ArrayList<>());
    static volatile boolean typing = true;
    static volatile boolean stop;

    static final class User implements Runnable {
        final int n;
        final Kind kind;
        final long subject; // draft or session id
        long demand;        // the answer's demand (SESSION)
        VaadinUser u;
        String field;
        boolean sendsEachKey;
        /** what the user typed: the text after each keystroke group and when */
        final List<Long> typedAt = new ArrayList<>();
        final List<Integer> typedLength = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int sentence;
        int sentLength;
        long failingSince;
        String failingPhase;
        String nodeAtFailure;
        volatile String node = "?";

        User(int n, Kind kind, long subject) {
            this.n = n;
            this.kind = kind;
            this.subject = subject;
        }

        String node() {
            return ((CookieManager) u.http.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
                    .filter(c -> c.getName().equals("KD_NODE")).map(HttpCookie::getValue).findFirst().orElse("?");
        }

        void open() throws Exception {
            u = u == null ? new VaadinUser(BASE) : u; // the same browser: its cookies, KD_NODE included, stay
            u.login(kind == Kind.SESSION ? "shokikyoku" : "seinenbu", PASSWORD);
            switch (kind) {
                case SNS -> {
                    u.open("sns/drafts/" + subject);
                    field = "sns-body";
                }
                case SESSION -> {
                    u.open("bargaining/sessions/" + subject);
                    field = "answer-" + demand;
                }
                case READER -> u.open("notifications");
            }
            node = node();
            if (field != null) {
                java.util.Set<String> events = u.listeners.getOrDefault(u.node(field), java.util.Set.of());
                sendsEachKey = events.contains("value-changed") || events.contains("input");
                // what the page shows is what the database holds: the user goes on from there
                String stored = stored(this);
                if (!text.toString().startsWith(stored)) {
                    throw new IllegalStateException("user " + n + ": the database holds text the user never typed");
                }
                if (failingSince > 0 && text.length() > stored.length()) {
                    int lostFrom = stored.length();
                    long firstLost = 0;
                    for (int i = 0; i < typedLength.size(); i++) {
                        if (typedLength.get(i) > lostFrom) {
                            firstLost = typedAt.get(i);
                            break;
                        }
                    }
                    losses.add(new Loss(n, kind, failingPhase, text.length() - lostFrom,
                            (failingSince - firstLost) / 1000.0));
                } else if (failingSince > 0) {
                    losses.add(new Loss(n, kind, failingPhase, 0, 0));
                }
                text = new StringBuilder(stored);
                sentLength = stored.length();
            }
        }

        void check(com.fasterxml.jackson.databind.JsonNode response) {
            String body = response.toString();
            if (body.contains("kd-error-notification") || body.contains("conflict-dialog")) {
                count(errorsShown, phase, node);
                log("user " + n + " (" + kind + " on " + node + ") sees an error: " + (body.contains("conflict-dialog")
                        ? "conflict dialog" : "incident notification"));
            }
        }

        void step(int i) throws Exception {
            count(requests, phase);
            switch (kind) {
                case READER -> check(u.navigate(List.of("notifications", "recruitment", "sns", "bargaining",
                        "account/password").get(i % 5), ""));
                default -> {
                    if (!typing) {
                        if (!sendsEachKey && sentLength < text.length()) {
                            check(u.type(field, text.toString())); // leaves the field
                            sentLength = text.length();
                        } else {
                            check(u.empty());
                        }
                        return;
                    }
                    boolean pause = i % 8 == 7; // a sentence is 7 keystroke groups, then a moment's thought
                    if (!pause) {
                        text.append(key(i));
                        typedAt.add(System.currentTimeMillis());
                        typedLength.add(text.length());
                    } else {
                        sentence++;
                    }
                    boolean leave = pause && sentence % 3 == 0;
                    if (!pause && sendsEachKey || leave && sentLength < text.length()) {
                        check(u.type(field, text.toString()));
                        sentLength = text.length();
                    } else {
                        check(u.empty()); // the page's own round trip (push, poll) picks up the autosave's answer
                    }
                }
            }
        }

        static String key(int i) {
            String kana = "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわ";
            return "" + kana.charAt(i % kana.length()) + kana.charAt((i / kana.length()) % kana.length());
        }

        @Override
        public void run() {
            int i = 0;
            long next = System.currentTimeMillis();
            while (!stop) {
                try {
                    if (u == null || failingSince > 0) {
                        open();
                        if (failingSince > 0) {
                            outages.add(new Outage(n, failingPhase, failingSince, System.currentTimeMillis(),
                                    nodeAtFailure, node, true));
                            failingSince = 0;
                        }
                    } else {
                        step(i++);
                    }
                } catch (Exception e) {
                    count(failed, phase);
                    count(failedByNode, phase, node);
                    if (failingSince == 0) {
                        failingSince = System.currentTimeMillis();
                        failingPhase = phase;
                        nodeAtFailure = node;
                        log("user " + n + " (" + kind + " on " + node + ") failed: " + VaadinUser.abbreviate(
                                String.valueOf(e.getMessage())).replace('\n', ' '));
                        // the browser's own answer to a lost request: try once more on the same page
                        try {
                            if (u == null || u.uiId < 0) {
                                throw new IllegalStateException("no page yet");
                            }
                            Thread.sleep(500);
                            count(requests, phase);
                            check(u.empty());
                            outages.add(new Outage(n, failingPhase, failingSince, System.currentTimeMillis(),
                                    nodeAtFailure, node, false));
                            failingSince = 0;
                        } catch (Exception again) {
                            count(failed, phase);
                            log("user " + n + " logs in again");
                        }
                    } else {
                        sleep(1000); // the login page does not answer yet
                    }
                }
                next += KEY_MS;
                sleep(Math.max(0, next - System.currentTimeMillis()));
                if (System.currentTimeMillis() - next > 5000) {
                    next = System.currentTimeMillis();
                }
            }
        }
    }

    // ---------------------------------------------------------------- live updates across the app nodes

    /** One change made on one app node and looked for on the other: when it was committed and when it was seen. */
    record Sighting(String phase, String direction, long committed, long seen) {
        boolean missed() {
            return seen == 0;
        }
    }

    static final List<Long> probeDrafts = new ArrayList<>();
    static final List<Sighting> sightings = Collections.synchronizedList(new ArrayList<>());

    /**
     * Live updates through Redis, around the kills: a writer (seinenbu, the draft's author) types into an SNS draft on
     * one app node, straight at its port, not through HAProxy; a reader (shokikyoku) has the same draft open on the
     * other node and polls the page every {@value #PROBE_POLL_MS} ms as an open tab's round trips would. The change
     * is timed from its commit (the database polled every 25 ms) to the first answer of the reader's page that holds
     * it; not seen within 10 s is a miss. While either node is dead the probe waits and logs in again.
     */
    static final class Probe implements Runnable {
        static final long PROBE_POLL_MS = 100;
        final long draft;
        final String writerBase;
        final String readerBase;
        final String direction;
        VaadinUser writer;
        VaadinUser reader;
        int seq;

        Probe(long draft, int writerNode, int readerNode) {
            this.draft = draft;
            this.writerBase = "http://127.0.0.1:" + (8180 + writerNode);
            this.readerBase = "http://127.0.0.1:" + (8180 + readerNode);
            this.direction = "app" + writerNode + "→app" + readerNode;
        }

        @Override
        public void run() {
            while (!stop) {
                try {
                    if (writer == null) {
                        reader = new VaadinUser(readerBase);
                        reader.login("shokikyoku", PASSWORD);
                        reader.open("sns/drafts/" + draft);
                        writer = new VaadinUser(writerBase);
                        writer.login("seinenbu", PASSWORD);
                        writer.open("sns/drafts/" + draft);
                        log("probe " + direction + " on draft " + draft + " ready");
                    }
                    once();
                    sleep(1000);
                } catch (Exception e) {
                    writer = null; // a node is down or restarting: log in again when both answer
                    sleep(2000);
                }
            }
        }

        void once() throws Exception {
            String marker = "〔" + direction + " " + (++seq) + "〕";
            String p = phase;
            long[] committed = {0};
            Thread watch = Thread.ofPlatform().name("probe-db-" + direction).start(() -> {
                long until = System.currentTimeMillis() + 15_000;
                while (committed[0] == 0 && System.currentTimeMillis() < until && !stop) {
                    try (Connection c = db(); PreparedStatement ps = c.prepareStatement(
                            "select body from sns_draft where id = ?")) {
                        ps.setLong(1, draft);
                        while (System.currentTimeMillis() < until && !stop) {
                            try (ResultSet rs = ps.executeQuery()) {
                                if (rs.next() && String.valueOf(rs.getString(1)).contains(marker)) {
                                    committed[0] = System.currentTimeMillis();
                                    return;
                                }
                            }
                            sleep(25);
                        }
                    } catch (Exception down) {
                        sleep(200);
                    }
                }
            });
            writer.type("sns-body", "生存確認 " + marker); // the composer's autosave saves it within ~1 s
            long seen = 0;
            long until = System.currentTimeMillis() + 25_000;
            while (seen == 0 && System.currentTimeMillis() < until && !stop) {
                if (reader.empty().toString().contains(marker)) {
                    seen = System.currentTimeMillis();
                } else {
                    sleep(PROBE_POLL_MS);
                    if (seq % 2 == 0) {
                        writer.empty(); // the writer's open tab goes on answering too
                    }
                }
            }
            watch.join(16_000);
            if (committed[0] == 0) {
                throw new IllegalStateException("probe " + direction + ": the change never reached the database");
            }
            if (seen != 0 && seen < committed[0]) {
                seen = committed[0]; // seen between two database polls
            }
            if (seen != 0 && seen - committed[0] > 10_000) {
                seen = 0;
            }
            if (seen == 0 && stop && System.currentTimeMillis() - committed[0] < 10_000) {
                // the run ended before the change had its 10 s to show (run 18 counted one such as missed)
                log("probe " + direction + ": the run ended " + (System.currentTimeMillis() - committed[0])
                        + " ms after the commit, before it was seen; not counted");
                return;
            }
            sightings.add(new Sighting(p, direction, committed[0], seen));
            if (seen == 0 || seen - committed[0] > 1000) {
                log("probe " + direction + ": " + (seen == 0 ? "not seen within 10 s"
                        : "seen " + (seen - committed[0]) + " ms after the commit"));
            }
        }
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---------------------------------------------------------------- the database side

    static Connection db() throws Exception {
        return DriverManager.getConnection(DB_URL, "kumiai", "kumiai");
    }

    static String stored(User user) throws Exception {
        try (Connection c = db()) {
            PreparedStatement ps = user.kind == Kind.SNS
                    ? c.prepareStatement("select body from sns_draft where id = ?")
                    : c.prepareStatement("select answer from demand_answer where session_id = ? and demand_id = ?");
            ps.setLong(1, user.subject);
            if (user.kind == Kind.SESSION) {
                ps.setLong(2, user.demand);
            }
            try (ResultSet rs = ps.executeQuery()) {
                String v = rs.next() ? rs.getString(1) : null;
                return v == null ? "" : v;
            }
        }
    }

    static long one(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A draft per SNS typist and a session per answer typist (copies of demo ones, kept between runs), emptied. */
    static List<User> prepare() throws Exception {
        int sns = (int) Math.round(USERS * 0.4);
        int sessions = (int) Math.round(USERS * 0.4);
        int readers = USERS - sns - sessions;
        List<Long> drafts = new ArrayList<>();
        List<Long> sessionIds = new ArrayList<>();
        long demand;
        try (Connection c = db(); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("select id from sns_draft where author = 'seinenbu' and state = "
                    + "'DRAFT' order by id")) {
                while (rs.next()) {
                    drafts.add(rs.getLong(1));
                }
            }
            long draftId = drafts.getFirst();
            String draftCols = Suite.columns(c, "sns_draft");
            String revCols = Suite.columns(c, "sns_draft_revision");
            while (drafts.size() < sns + 2) { // two more for the live-update probes
                st.executeUpdate("insert into sns_draft (" + draftCols + ") select " + draftCols
                        + " from sns_draft where id = " + draftId);
                long id = one(st, "select last_insert_id()");
                st.executeUpdate("insert into sns_draft_revision (" + revCols + ") select "
                        + revCols.replace("`draft_id`", id + "") + " from sns_draft_revision where draft_id = "
                        + draftId);
                drafts.add(id);
            }
            long source = one(st, "select min(s.id) from bargaining_session s join demand_answer a on a.session_id "
                    + "= s.id where s.notes is null or s.notes <> 'chaos'");
            demand = one(st, "select min(demand_id) from demand_answer where session_id = " + source);
            try (ResultSet rs = st.executeQuery("select id from bargaining_session where notes = 'chaos' order by id")) {
                while (rs.next()) {
                    sessionIds.add(rs.getLong(1));
                }
            }
            String sessionCols = Suite.columns(c, "bargaining_session");
            while (sessionIds.size() < sessions) {
                st.executeUpdate("insert into bargaining_session (" + sessionCols + ") select "
                        + sessionCols.replace("`notes`", "'chaos'") + " from bargaining_session where id = " + source);
                long id = one(st, "select last_insert_id()");
                st.executeUpdate("insert into demand_answer (session_id, sort_order, demand_id, answer, outcome) "
                        + "select " + id + ", sort_order, demand_id, answer, outcome from demand_answer "
                        + "where session_id = " + source);
                sessionIds.add(id);
            }
            probeDrafts.clear();
            probeDrafts.addAll(drafts.subList(sns, sns + 2));
            for (long id : drafts.subList(0, sns + 2)) {
                st.executeUpdate("update sns_draft set body = '' where id = " + id);
            }
            for (long id : sessionIds.subList(0, sessions)) {
                st.executeUpdate("update demand_answer set answer = '' where session_id = " + id + " and demand_id = "
                        + demand);
            }
        }
        List<User> users = new ArrayList<>();
        for (int i = 0; i < USERS; i++) {
            int k = i % 5; // 2 SNS, 2 session, 1 reader in every five
            User user;
            if ((k == 0 || k == 1) && users.stream().filter(x -> x.kind == Kind.SNS).count() < sns) {
                user = new User(i, Kind.SNS, drafts.get((int) users.stream().filter(x -> x.kind == Kind.SNS).count()));
            } else if ((k == 2 || k == 3) && users.stream().filter(x -> x.kind == Kind.SESSION).count() < sessions) {
                user = new User(i, Kind.SESSION,
                        sessionIds.get((int) users.stream().filter(x -> x.kind == Kind.SESSION).count()));
                user.demand = demand;
            } else {
                user = new User(i, Kind.READER, 0);
            }
            users.add(user);
        }
        return users;
    }

    // ---------------------------------------------------------------- the cluster side

    static long pid(String file) throws Exception {
        return Long.parseLong(Files.readString(DIR.resolve(file)).trim());
    }

    static void kill9(String what, long pid) {
        ProcessHandle p = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException(what + " pid " + pid
                + " does not run"));
        p.destroyForcibly(); // SIGKILL
        log("kill -9 " + what + " (pid " + pid + ")");
    }

    /**
     * The node the app nodes write to: the one holding most of their connections. At the start that is the first of
     * the sequential URL that answers; after a failover the pools stay on the node they moved to.
     */
    static int writtenDbNode() {
        int best = 0;
        long most = -1;
        for (int n = 1; n <= 3; n++) {
            try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + (3310 + n)
                    + "/?connectTimeout=1000", "root", ""); Statement st = c.createStatement()) {
                long apps = one(st, "select count(*) from information_schema.processlist where user = 'kumiai'");
                log("db" + n + " holds " + apps + " app connections");
                if (apps > most) {
                    best = n;
                    most = apps;
                }
            } catch (Exception e) {
                // down
            }
        }
        if (best == 0) {
            throw new IllegalStateException("no database node answers");
        }
        return best;
    }

    static Process clusterStart() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(CLUSTER_SH, "start");
        pb.redirectErrorStream(true);
        pb.redirectOutput(DIR.resolve("chaos-restart.log").toFile());
        log("cluster.sh start (what is down comes back; output in " + DIR.resolve("chaos-restart.log") + ")");
        return pb.start();
    }

    /** Cuts a database node off from the other two, or joins it again (Galera's gmcast.isolate, set at run time). */
    static void isolate(int n, boolean cut) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + (3310 + n)
                + "/?connectTimeout=1000", "root", ""); Statement st = c.createStatement()) {
            st.execute("set global wsrep_provider_options = 'gmcast.isolate=" + (cut ? 1 : 0) + "'");
        }
        log((cut ? "db" + n + " cut off from the others" : "db" + n + " connected to the others again"));
    }

    /** The state transfer (IST, SST) lines of a database node's log. */
    static List<String> stateTransferLines(int n) throws java.io.IOException {
        return Files.readAllLines(DIR.resolve("db" + n + "/error.log")).stream()
                .filter(l -> l.contains("IST") || l.contains("SST") || l.contains("State transfer"))
                .filter(l -> !l.contains("wsrep_sst"))
                .toList();
    }

    static String wsrep(int n) {
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + (3310 + n)
                + "/?connectTimeout=1000", "root", ""); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select variable_name, variable_value from information_schema"
                        + ".global_status where variable_name in ('wsrep_cluster_size', 'wsrep_local_state_comment')")) {
            Map<String, String> m = new LinkedHashMap<>();
            while (rs.next()) {
                m.put(rs.getString(1).toLowerCase(), rs.getString(2));
            }
            return m.get("wsrep_local_state_comment") + ", size " + m.get("wsrep_cluster_size");
        } catch (Exception e) {
            return "down";
        }
    }

    /** "Re-running X (attempt n)" and "X lost n times" lines in both app nodes' logs, per kind of operation. */
    static Map<String, Long> retryLines() {
        Map<String, Long> m = new java.util.TreeMap<>();
        java.util.regex.Pattern rerun = java.util.regex.Pattern.compile("Re-running (.+?)(?: \\d+)? \\(attempt");
        java.util.regex.Pattern lost = java.util.regex.Pattern.compile("\\] (.+?)(?: \\d+)? lost \\d+ times in a row");
        for (String app : List.of("app1", "app2")) {
            try (var lines = Files.lines(DIR.resolve(app + "/app.log"))) {
                lines.forEach(l -> {
                    var r = rerun.matcher(l);
                    if (r.find()) {
                        m.merge("re-run: " + r.group(1).replaceAll(" \\d+ ", " … "), 1L, Long::sum);
                    }
                    var g = lost.matcher(l);
                    if (g.find()) {
                        m.merge("given up: " + g.group(1).replaceAll(".*: ", "").replaceAll(" \\d+ ", " … "), 1L, Long::sum);
                    }
                });
            } catch (Exception e) {
                // no log yet
            }
        }
        return m;
    }

    // ---------------------------------------------------------------- the run

    public static void main(String[] args) throws Exception {
        log(USERS + " users through " + BASE + ", a keystroke group every " + KEY_MS + " ms, phases of " + PHASE_S
                + " s; cluster in " + DIR);
        List<User> users = prepare();
        java.sql.Timestamp runStart;
        try (Connection c = db(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select now(6)")) {
            rs.next();
            runStart = rs.getTimestamp(1);
        }
        Map<String, Long> retriesBefore = retryLines();
        List<Thread> threads = new ArrayList<>();
        threads.add(Thread.ofPlatform().name("probe-1-2").start(new Probe(probeDrafts.get(0), 1, 2)));
        threads.add(Thread.ofPlatform().name("probe-2-1").start(new Probe(probeDrafts.get(1), 2, 1)));
        // every open tab sends a heartbeat, as a browser's does (the app's vaadin.heartbeatInterval is 60 s): without
        // them the app rightly takes a UI for a closed tab after three minutes and ends it (ClosedTabs), and a run
        // longer than that met "sessionExpired" on every page at once
        Thread heartbeats = Thread.ofPlatform().name("heartbeats").daemon().start(() -> {
            while (!stop) {
                for (User user : users) {
                    VaadinUser browser = user.u;
                    if (browser != null && browser.uiId >= 0) {
                        try {
                            browser.heartbeat();
                        } catch (Exception nodeDown) {
                            // the tab's node is down: the user's own next request meets it
                        }
                    }
                }
                try {
                    Thread.sleep(30_000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        for (User user : users) {
            threads.add(Thread.ofPlatform().name("user-" + user.n).start(user));
            sleep(100); // logins spread over a few seconds
        }
        enter("warmup");
        sleep(WARMUP_S * 1000);
        for (Kind kind : List.of(Kind.SNS, Kind.SESSION)) {
            users.stream().filter(x -> x.kind == kind && x.u != null && x.field != null).findFirst().ifPresent(x -> log(kind
                    + " field " + x.field + " listens to " + x.u.listeners.get(x.u.node(x.field)) + ", sends " + (x.sendsEachKey ? "each keystroke group (value-changed)"
                    : "only when the field is left (change)")));
        }

        // (a) an app node
        Map<String, Long> perNode = new LinkedHashMap<>();
        users.forEach(x -> perNode.merge(x.node, 1L, Long::sum));
        String victim = perNode.getOrDefault("app2", 0L) >= perNode.getOrDefault("app1", 0L) ? "app2" : "app1";
        log("users per node " + perNode + "; the victim is " + victim);
        enter("app node killed");
        long appKill = System.currentTimeMillis();
        kill9(victim, pid(victim + "/pid"));
        sleep(PHASE_S * 1000);
        enter("app node restarting");
        Process restart = clusterStart();
        restart.waitFor();
        log("cluster.sh start ended with " + restart.exitValue());
        sleep(5000);

        // (b) a network partition: the node the app nodes write to (the first of the URL) stays up and answers, but
        // loses the other two (Galera's own gmcast.isolate, as a cut cable would), leaves the primary component and
        // refuses statements; for longer than the driver keeps a failed host aside (60 s), after which new connections
        // may try it again
        int cut = 0;
        long cutAt = 0;
        double cutRejoin = 0;
        String cutState = "";
        boolean cutRestarted = false;
        List<String> cutTransfer = List.of();
        if (PARTITION) {
            cut = writtenDbNode();
            enter("db node cut off");
            cutAt = System.currentTimeMillis();
            isolate(cut, true);
            sleep(PARTITION_S * 1000);
            cutState = wsrep(cut);
            log("db" + cut + " while cut off: " + cutState);
            enter("db node reconnected");
            long heal = System.currentTimeMillis();
            isolate(cut, false);
            String state = wsrep(cut);
            while (!state.equals("Synced, size 3") && !state.equals("down")
                    && System.currentTimeMillis() - heal < 120_000) {
                sleep(250);
                state = wsrep(cut);
            }
            if (state.equals("down")) {
                // the others' gcache no longer held what it missed (IST), and a running server cannot take a full
                // copy (SST): Galera stops it. The service manager starts it again (compose: restart), which cluster.sh
                // start does here; it then joins by SST
                cutRestarted = true;
                log("db" + cut + " stopped itself after the partition (state transfer by SST needed); starting it");
                Process again = clusterStart();
                again.waitFor();
            }
            cutRejoin = (System.currentTimeMillis() - heal) / 1000.0;
            log("db" + cut + " after the partition: " + wsrep(cut) + " in " + cutRejoin + " s");
            cutTransfer = stateTransferLines(cut);
            sleep(10_000);
        }

        // (c) the database node the app nodes write to, CHAOS_DB_KILLS times (a kill that lands on a COMMIT is luck)
        int db = 0;
        long dbKill = 0;
        long rejoinStart = 0;
        long rejoined = 0;
        List<String> transfer = List.of();
        for (int round = 0; round < DB_KILLS; round++) {
            db = writtenDbNode();
            enter("db node killed");
            long kill = System.currentTimeMillis();
            dbKills.add(kill);
            dbKill = dbKill == 0 ? kill : dbKill;
            kill9("db" + db, pid("db" + db + "/mariadb.pid"));
            sleep(PHASE_S * 1000);
            enter("db node rejoining");
            rejoinStart = System.currentTimeMillis();
            restart = clusterStart();
            restart.waitFor();
            rejoined = System.currentTimeMillis();
            log("cluster.sh start ended with " + restart.exitValue() + " after " + (rejoined - rejoinStart) / 1000.0
                    + " s");
            for (int n = 1; n <= 3; n++) {
                log("db" + n + ": " + wsrep(n));
            }
            transfer = stateTransferLines(db);
            if (round + 1 < DB_KILLS) {
                sleep(5000);
            }
        }
        sleep(10_000);

        // the end: everybody stops typing, what is still unsent is sent, the autosaves run
        enter("flush");
        typing = false;
        sleep(8000);
        stop = true;
        heartbeats.interrupt();
        for (Thread t : threads) {
            t.join(10_000);
        }
        int lostAtEnd = 0;
        int typists = 0;
        long typedChars = 0;
        StringBuilder endLoss = new StringBuilder();
        for (User user : users) {
            if (user.field == null) {
                continue;
            }
            typists++;
            typedChars += user.text.length();
            String stored = stored(user);
            if (!stored.contentEquals(user.text)) {
                lostAtEnd++;
                endLoss.append(String.format("  user %d %s: typed %d chars, database %d%n", user.n, user.kind,
                        user.text.length(), stored.length()));
            }
        }

        // ---------------------------------------------------------------- figures
        System.out.println();
        System.out.println("== Chaos run: " + USERS + " users (" + users.stream().filter(x -> x.kind == Kind.SNS)
                .count() + " SNS typists, " + users.stream().filter(x -> x.kind == Kind.SESSION).count()
                + " session typists, " + users.stream().filter(x -> x.kind == Kind.READER).count()
                + " readers), keystroke group every " + KEY_MS + " ms");
        System.out.println("| phase | requests | failed | failed by node | error shown by node |");
        System.out.println("|---|---|---|---|---|");
        for (String p : new java.util.LinkedHashSet<>(PHASES)) {
            System.out.printf("| %s | %d | %d | %s | %s |%n", p, requests.getOrDefault(p, new AtomicInteger()).get(),
                    failed.getOrDefault(p, new AtomicInteger()).get(), failedByNode.getOrDefault(p, Map.of()),
                    errorsShown.getOrDefault(p, Map.of()));
        }
        List<String> failurePhases = new ArrayList<>(List.of("app node killed", "db node killed"));
        if (PARTITION) {
            failurePhases.add("db node cut off");
        }
        for (String p : failurePhases) {
            long kill = p.startsWith("app") ? appKill : p.equals("db node killed") ? dbKill : cutAt;
            List<Outage> os = outages.stream().filter(o -> o.phase().equals(p)).toList();
            long affected = os.stream().mapToInt(Outage::user).distinct().count();
            // from the kill before each outage (several database kills: CHAOS_DB_KILLS)
            long longest = os.stream().mapToLong(o -> o.until() - (!p.equals("db node killed") ? kill
                    : dbKills.stream().filter(k -> k <= o.from()).mapToLong(Long::longValue).max().orElse(kill)))
                    .max().orElse(0);
            long relogins = os.stream().filter(Outage::relogin).count();
            long moved = os.stream().filter(o -> o.relogin() && !o.nodeAfter().equals(o.nodeBefore())).count();
            System.out.printf("%s: %d users affected, all working again %.1f s after the kill; %d logged in again, "
                    + "%d of them on another node (%s)%n", p, affected, longest / 1000.0, relogins, moved,
                    os.stream().filter(Outage::relogin).map(o -> o.nodeBefore() + "→" + o.nodeAfter()).distinct()
                            .toList());
            if (p.startsWith("app")) {
                long survivorsFailed = os.stream().filter(o -> !o.nodeBefore().equals(victim)).count();
                long survivorErrors = errorsShown.getOrDefault(p, Map.of()).entrySet().stream()
                        .filter(e -> !e.getKey().equals(victim)).mapToLong(e -> e.getValue().get()).sum();
                System.out.printf("  users of the surviving node: %d failures, %d error notifications%n",
                        survivorsFailed, survivorErrors);
            }
            List<Loss> ls = losses.stream().filter(l -> l.phase().equals(p)).toList();
            System.out.printf("  typed text lost at the re-login: %d typists; max %.2f s (%d chars), mean %.1f s; "
                    + "%d typists lost more than 2 s%n", ls.size(), ls.stream().mapToDouble(Loss::seconds).max()
                    .orElse(0), ls.stream().mapToInt(Loss::chars).max().orElse(0), ls.stream().mapToDouble(
                    Loss::seconds).average().orElse(0), ls.stream().filter(l -> l.seconds() > 2).count());
            for (Kind kind : List.of(Kind.SNS, Kind.SESSION)) {
                List<Loss> k = ls.stream().filter(l -> l.kind() == kind).toList();
                if (!k.isEmpty()) {
                    System.out.printf("    %s: %d typists, max %.2f s, mean %.1f s%n", kind, k.size(), k.stream()
                            .mapToDouble(Loss::seconds).max().orElse(0), k.stream().mapToDouble(Loss::seconds)
                            .average().orElse(0));
                }
            }
        }
        System.out.printf("db%d killed %d time(s); the last time it rejoined in %.1f s (cluster.sh start); state "
                + "transfer lines in its log:%n", db, DB_KILLS, (rejoined - rejoinStart) / 1000.0);
        transfer.stream().skip(Math.max(0, transfer.size() - 6)).forEach(l -> System.out.println("  " + l));
        if (PARTITION) {
            System.out.printf("db%d cut off from the other two for %d s (gmcast.isolate): it said \"%s\"; Synced "
                    + "with all three again %.1f s after the cut healed%s; state transfer lines in its log:%n", cut,
                    PARTITION_S, cutState, cutRejoin, cutRestarted ? " (it stopped itself for want of a state transfer"
                    + " and was started again)" : "");
            cutTransfer.stream().skip(Math.max(0, cutTransfer.size() - 4)).forEach(l -> System.out.println("  " + l));
        }
        for (int n = 1; n <= 3; n++) {
            System.out.println("db" + n + ": " + wsrep(n));
        }
        System.out.printf("At the end: %d of %d typists' text differs from the database (%d chars typed in all)%n%s",
                lostAtEnd, typists, typedChars, endLoss);

        System.out.println("Live updates across the app nodes (Redis): a change committed on one node, seen by a page "
                + "open on the other (polled every " + Probe.PROBE_POLL_MS + " ms)");
        System.out.println("| phase | changes | seen within 1 s | max | median | not seen within 10 s |");
        System.out.println("|---|---|---|---|---|---|");
        for (String p : new java.util.LinkedHashSet<>(PHASES)) {
            List<Sighting> ss = sightings.stream().filter(x -> x.phase().equals(p)).toList();
            List<Long> ms = ss.stream().filter(x -> !x.missed()).map(x -> x.seen() - x.committed()).sorted().toList();
            System.out.printf("| %s | %d | %d | %s | %s | %d |%n", p, ss.size(), ms.stream().filter(x -> x <= 1000)
                    .count(), ms.isEmpty() ? "–" : ms.getLast() + " ms", ms.isEmpty() ? "–"
                    : ms.get(ms.size() / 2) + " ms", ss.stream().filter(Sighting::missed).count());
        }

        Map<String, Long> retriesAfter = retryLines();
        System.out.println("Transactions re-run after a deadlock or a lost certification (TransactionRetry, the app "
                + "nodes' logs at DEBUG), and given up after all attempts:");
        retriesAfter.forEach((what, n) -> {
            long d = n - retriesBefore.getOrDefault(what, 0L);
            if (d > 0) {
                System.out.println("  " + what + ": " + d);
            }
        });
        if (retriesAfter.entrySet().stream().noneMatch(e -> e.getValue() > retriesBefore.getOrDefault(e.getKey(), 0L))) {
            System.out.println("  none (cluster.sh starts the nodes with logging.level.jp.kumiaidesk.base"
                    + ".TransactionRetry=DEBUG)");
        }
        System.out.println("Galera since each node's last start: transactions that lost certification / were aborted "
                + "by a replicated one (what TransactionRetry re-runs)");
        for (int n = 1; n <= 3; n++) {
            try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + (3310 + n)
                    + "/?connectTimeout=1000", "root", ""); Statement st = c.createStatement()) {
                System.out.printf("  db%d: %d / %d%n", n, one(st, "select variable_value from information_schema"
                        + ".global_status where variable_name = 'wsrep_local_cert_failures'"), one(st,
                        "select variable_value from information_schema.global_status where variable_name = "
                        + "'wsrep_local_bf_aborts'"));
            } catch (Exception e) {
                System.out.println("  db" + n + ": down");
            }
        }
        try (Connection c = db(); PreparedStatement ps = c.prepareStatement("select message_key, count(*), "
                + "count(distinct recipient, coalesce(once_key, concat(link, '|', date(created_at)))) from notification "
                + "where created_at >= ? and message_key in ('notification.follow-ups', "
                + "'notification.sns.deadline-passed') group by message_key")) {
            ps.setTimestamp(1, runStart);
            System.out.println("Reminders written during the run (per recipient and once-key; a second one is a "
                    + "duplicate):");
            boolean any = false;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    any = true;
                    System.out.printf("  %s: %d, duplicates %d%n", rs.getString(1), rs.getLong(2),
                            rs.getLong(2) - rs.getLong(3));
                }
            }
            if (!any) {
                System.out.println("  none written (the follow-up reminder runs at 08:00 unless kd.follow-up-cron is "
                        + "set; one per recruiter and day)");
            }
        }
        try (Connection c = db(); PreparedStatement ps = c.prepareStatement("select count(*), count(distinct "
                + "recipient, date(created_at)) from notification where message_key = 'notification.follow-ups'")) {
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                System.out.printf("  follow-up reminders in all: %d, per recruiter and day %d (duplicates %d)%n",
                        rs.getLong(1), rs.getLong(2), rs.getLong(1) - rs.getLong(2));
            }
        }
        System.exit(0);
    }
}
