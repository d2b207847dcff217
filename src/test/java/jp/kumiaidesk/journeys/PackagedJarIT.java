package jp.kumiaidesk.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.util.FileSystemUtils;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import jp.kumiaidesk.RouteTable;
import jp.kumiaidesk.base.EmbeddedMariaDb;
import jp.kumiaidesk.base.Role;
import jp.kumiaidesk.ops.AppProcess;

/**
 * The packaged jar ({@code target/kumiai-desk.jar}, after {@code package}) as production runs it: {@code java -jar}
 * with {@code DB_URL} pointing at a MariaDB of its own (started here), so it runs on the bean definitions Spring's
 * AOT processing wrote at build time (decision 0021), which no other test uses. Every role signs in in headless
 * Chromium and opens every screen of its menu that needs no id; nothing may fail, in the browser or the app's log.
 * And as the README's first command runs it, with no {@code DB_URL}: its embedded database, the same definitions.
 */
class PackagedJarIT {

    private static final Path JAR = Path.of("target/kumiai-desk.jar");
    private static final Path DIR = Path.of("target/packaged-jar-it").toAbsolutePath();
    private static final String PASSWORD = "test-demo-pass";
    private static final Duration PATIENCE = Duration.ofMinutes(5);

    private static AppProcess app;
    private static JdbcTemplate jdbc;
    private static Playwright playwright;
    private static Browser browser;

    @BeforeAll
    static void startTheJarAgainstItsOwnDatabase() throws Exception {
        assertThat(JAR).as("run after package: ./mvnw verify").exists();
        EmbeddedMariaDb db = EmbeddedMariaDb.start(DIR.resolve("mariadb"), true).awaitReady();
        jdbc = new JdbcTemplate(new DriverManagerDataSource(db.jdbcUrl(), "root", ""));
        app = AppProcess.jar(JAR, DIR.resolve("app.log"), Map.of("DB_URL", db.jdbcUrl(), "DB_USER", "root",
                "DB_PASSWORD", "", "KD_DEMO", "true", "KD_DEMO_PASSWORD", PASSWORD, "KD_DATA_DIR",
                DIR.resolve("data").toString()));
        app.awaitHttp(app.managementPort, "/actuator/health/readiness", PATIENCE);
        playwright = HeadlessChromium.playwright();
        browser = HeadlessChromium.launch(playwright);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (browser != null) {
            browser.close();
            playwright.close();
        }
        if (app != null) {
            app.close();
        }
    }

    @Test
    void it_starts_on_the_build_time_bean_definitions_and_makes_the_repositories_after_the_port_opens() {
        String log = app.log();
        assertThat(log).contains("Using the bean definitions made at build time (Spring AOT)",
                "Starting AOT-processed Application");
        int tomcat = log.indexOf("Tomcat started on port " + app.port);
        int repositories = log.indexOf("Spring Data repositories made after the web server opened");
        assertThat(tomcat).isPositive();
        assertThat(repositories).as("repositories made after the port opened").isGreaterThan(tomcat);
    }

    @Test
    void with_no_database_given_it_starts_its_own_on_the_same_build_time_definitions() throws Exception {
        Path own = DIR.resolve("own-database");
        FileSystemUtils.deleteRecursively(own);
        try (AppProcess jar = AppProcess.jar(JAR, own.resolve("app.log"),
                Map.of("KD_DATA_DIR", own.resolve("data").toString(), "KD_DEMO_PASSWORD", PASSWORD))) {
            jar.awaitHttp(jar.managementPort, "/actuator/health/readiness", PATIENCE);
            assertThat(jar.log()).contains("Using the bean definitions made at build time (Spring AOT)",
                    "Starting AOT-processed Application", "Embedded MariaDB on port", "Demo data seeded");
            try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("ja-JP"))) {
                Page page = context.newPage();
                page.setDefaultTimeout(30_000);
                HeadlessChromium.signIn(page, "http://localhost:" + jar.port + "/login", "iinchou", PASSWORD);
                page.locator("#user-menu").waitFor();
                assertThat(page.url()).doesNotContain("login");
            }
            assertThat(jar.log().lines().filter(line -> line.contains(" ERROR "))).isEmpty();
        }
    }

    @Test
    void every_role_opens_every_screen_of_its_menu() {
        List<String> problems = new ArrayList<>();
        int screens = 0;
        Map<String, Set<String>> table = RouteTable.routes();
        for (Role role : Role.values()) {
            String user = RouteTable.userWith(jdbc, role);
            assertThat(user).as("a demo user with the role " + role).isNotNull();
            try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("ja-JP"))) {
                Page page = context.newPage();
                page.setDefaultTimeout(30_000);
                page.onResponse(response -> {
                    if (response.status() >= 500) {
                        problems.add(role + ": " + response.status() + " " + response.url());
                    }
                });
                HeadlessChromium.signIn(page, url("login"), user, PASSWORD);
                for (var route : table.entrySet()) {
                    if (route.getValue().contains(role.name()) && !route.getKey().contains(":")
                            && !route.getKey().startsWith("login")) {
                        page.navigate(url(route.getKey().equals("/") ? "" : route.getKey()));
                        screens++;
                        page.locator("#user-menu").waitFor();
                        HeadlessChromium.waitForServer(page);
                        Locator errors = page.locator("vaadin-notification-card[theme~=error], .v-system-error");
                        if (errors.count() > 0) {
                            problems.add(role + " " + route.getKey() + ": " + errors.first().innerText().strip());
                        }
                    }
                }
            }
        }
        // not the app's errors: the push channel complaining that the browser left a page mid-message
        app.log().lines().filter(line -> line.contains(" ERROR ") && !line.contains("o.atmosphere.")
                && !line.contains("PushAtmosphereHandler")).forEach(line -> problems.add("log: " + line));
        assertThat(problems).isEmpty();
        assertThat(screens).as("screens opened by the five roles").isGreaterThanOrEqualTo(30);
    }

    private static String url(String path) {
        return "http://localhost:" + app.port + "/" + path;
    }
}
