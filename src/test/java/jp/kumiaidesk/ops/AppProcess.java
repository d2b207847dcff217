package jp.kumiaidesk.ops;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The app as a separate JVM, started the way {@code java -jar} starts it (main classes and dependencies, without the
 * test classes and their configuration), with the embedded database on its own data directory; or the packaged jar
 * itself ({@link #jar}). Used where a test must kill the process as a power cut would, run the app's commands, or run
 * what production runs.
 */
public final class AppProcess implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofMinutes(10);

    private final Process process;
    private final Path log;
    public final int port;
    /** The management port (health, readiness); 0 where the app was left to pick one. */
    public final int managementPort;

    private AppProcess(Process process, Path log, int port, int managementPort) {
        this.process = process;
        this.log = log;
        this.port = port;
        this.managementPort = managementPort;
    }

    /** Starts the app ({@code args} are Spring arguments such as {@code --kd.data-dir=…}) on a free HTTP port. */
    static AppProcess start(Path log, String... args) throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>(javaCommand());
        command.add("jp.kumiaidesk.Application");
        command.add("--server.port=" + port);
        command.add("--management.server.port=0");
        command.addAll(Arrays.asList(args));
        return new AppProcess(launch(command, log), log, port, 0);
    }

    /**
     * Starts a packaged jar with {@code java -jar}, configured only by {@code env} (the environment variables of the
     * README, none inherited from the test JVM), on a free HTTP port and a free management port.
     */
    public static AppProcess jar(Path jar, Path log, Map<String, String> env) throws IOException {
        int port = freePort();
        int managementPort = freePort();
        ProcessBuilder builder = builder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", jar.toString()), log);
        builder.environment().putAll(env);
        builder.environment().put("PORT", String.valueOf(port));
        builder.environment().put("KD_MANAGEMENT_PORT", String.valueOf(managementPort));
        return new AppProcess(builder.start(), log, port, managementPort);
    }

    /** Runs one of the app's commands ({@code backup}, {@code restore}) to its end and returns the exit code. */
    static int command(Path log, List<String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(javaCommand());
        command.add("jp.kumiaidesk.Application");
        command.addAll(Arrays.asList(args));
        ProcessBuilder builder = builder(command, log);
        for (String pair : env) {
            String[] kv = pair.split("=", 2);
            builder.environment().put(kv[0], kv[1]);
        }
        Process p = builder.start();
        if (!p.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
            killTree(p);
            throw new IllegalStateException("command did not end: " + String.join(" ", args) + "\n" + tail(log));
        }
        return p.exitValue();
    }

    private static List<String> javaCommand() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String mainOnly = Arrays.stream(classpath.split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes/"))
                .collect(Collectors.joining(File.pathSeparator));
        return List.of(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", mainOnly);
    }

    private static Process launch(List<String> command, Path log) throws IOException {
        return builder(command, log).start();
    }

    private static ProcessBuilder builder(List<String> command, Path log) throws IOException {
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        // the embedded database, whatever the test JVM was given (CI's second pass sets DB_URL)
        builder.environment().keySet().removeIf(k -> k.startsWith("DB_") || k.startsWith("KD_") || k.equals("PORT")
                || k.startsWith("SPRING_"));
        return builder;
    }

    /** Waits until the log has a line matching {@code regex}, and returns the match (group 1 if there is one). */
    String awaitLog(String regex) throws InterruptedException {
        Pattern pattern = Pattern.compile(regex);
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            Matcher m = pattern.matcher(read(log));
            if (m.find()) {
                return m.groupCount() > 0 ? m.group(1) : m.group();
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("the app ended (" + process.exitValue() + ") before logging "
                        + regex + "\n" + tail(log));
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("no log line " + regex + " within " + PATIENCE + "\n" + tail(log));
    }

    /** Waits until {@code path} answers 200 on the app's HTTP port. */
    void awaitHttp(String path) throws InterruptedException {
        awaitHttp(port, path, PATIENCE);
    }

    /** Waits until {@code path} answers 200 on {@code port} (the app's HTTP or management port). */
    public void awaitHttp(int port, String path, Duration patience) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the app ended before answering\n" + tail(log));
            }
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + path)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(path + " did not answer 200 within " + patience + "\n" + tail(log));
    }

    /** As a power cut: the JVM and the database server it started, at once, without shutdown hooks. */
    void kill() throws InterruptedException {
        killTree(process);
    }

    private static void killTree(Process p) throws InterruptedException {
        List<ProcessHandle> children = p.descendants().toList();
        p.destroyForcibly();
        children.forEach(ProcessHandle::destroyForcibly);
        p.waitFor(30, TimeUnit.SECONDS);
        for (ProcessHandle child : children) {
            child.onExit().orTimeout(30, TimeUnit.SECONDS).exceptionally(e -> child).join();
        }
    }

    /** An orderly stop (SIGTERM: shutdown hooks stop the database); killed if it does not end. */
    @Override
    public void close() throws InterruptedException {
        if (!process.isAlive()) {
            return;
        }
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            killTree(process);
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    public String log() {
        return read(log);
    }

    private static String read(Path log) {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String tail(Path log) {
        String text = read(log);
        return text.substring(Math.max(0, text.length() - 4000));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
