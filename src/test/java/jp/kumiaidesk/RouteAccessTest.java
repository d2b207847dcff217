package jp.kumiaidesk;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.security.core.context.SecurityContextHolder;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;

import jp.kumiaidesk.bargaining.BargainingService;
import jp.kumiaidesk.bargaining.SessionForm;
import jp.kumiaidesk.bargaining.SessionKind;
import jp.kumiaidesk.base.Role;
import jp.kumiaidesk.base.SystemAuthentication;
import jp.kumiaidesk.layout.NotFoundView;

/**
 * The route × role table ({@link RouteTable}) checked for every route of Vaadin's registry (aliases too) against
 * anonymous and every {@link Role}: a role listed opens the route; anyone else is sent to the login page (anonymous)
 * or sees "not found" (signed in, so guessing addresses reveals nothing). The build fails while a route has no line.
 */
class RouteAccessTest extends KaribuTest {

    enum Outcome {
        ALLOWED, DENIED, LOGIN
    }

    /** Real ids for the routes with parameters, from the data (the new newsletter's session is the test's own). */
    private final Map<String, Function<RouteAccessTest, String>> parameters = Map.of(
            "sns/drafts/:id", t -> t.first("select min(id) from sns_draft"),
            "bargaining/sessions/:id", t -> t.first("select min(id) from bargaining_session"),
            "bargaining/demands/:id", t -> t.first("select min(id) from demand"),
            "newsletters/:id", t -> t.first("select min(id) from newsletter"),
            "sns/campaigns/:id", t -> t.first("select min(id) from sns_campaign"),
            "sns/campaigns/:id/howto", t -> t.first("select min(id) from sns_campaign"),
            "newsletters/new/:session", RouteAccessTest::ownSession);

    @TestFactory
    Stream<DynamicTest> every_route_as_every_role() {
        Map<String, Set<String>> table = RouteTable.routes();
        List<DynamicTest> tests = new ArrayList<>();
        table.forEach((route, allowed) -> {
            for (String who : RouteTable.everyone()) {
                Outcome expected = allowed.contains(who) ? Outcome.ALLOWED
                        : who.equals(RouteTable.ANONYMOUS) ? Outcome.LOGIN : Outcome.DENIED;
                tests.add(DynamicTest.dynamicTest(route + " as " + who + " → " + expected,
                        () -> assertThat(open(route, who)).as(route + " as " + who).isEqualTo(expected)));
            }
        });
        return tests.stream();
    }

    @Test
    void the_table_has_every_route_of_the_registry() {
        Set<String> registered = new TreeSet<>();
        for (RouteData route : RouteConfiguration.forApplicationScope().getAvailableRoutes()) {
            registered.add(route.getTemplate());
            route.getRouteAliases().forEach(alias -> registered.add(alias.getTemplate()));
        }
        Set<String> listed = RouteTable.routes().keySet().stream().map(r -> r.equals("/") ? "" : r)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(listed).as("routes in the table (add a line to TABLE for a new route)")
                .containsExactlyInAnyOrderElementsOf(registered);
    }

    @Test
    void every_role_has_someone_to_sign_in_as() {
        for (Role role : Role.values()) {
            assertThat(RouteTable.userWith(jdbc, role)).as("a demo user with only the role " + role).isNotNull();
        }
    }

    private Outcome open(String template, String who) {
        newVaadinSession();
        SecurityContextHolder.clearContext();
        if (!who.equals(RouteTable.ANONYMOUS)) {
            login(RouteTable.userWith(jdbc, Role.valueOf(who)));
        }
        String path = template.equals("/") ? "" : template;
        Function<RouteAccessTest, String> id = parameters.get(template);
        if (id != null) {
            path = path.replaceAll(":[a-z]+", id.apply(this));
        }
        UI.getCurrent().navigate(path);
        String shown = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        if (!_find(NotFoundView.class).isEmpty()) {
            return Outcome.DENIED;
        }
        return shown.equals("login") && !template.equals("login") ? Outcome.LOGIN : Outcome.ALLOWED;
    }

    private String first(String sql) {
        return String.valueOf(jdbc.queryForObject(sql, Long.class));
    }

    private Long session;

    private String ownSession() {
        if (session == null) {
            BargainingService bargaining = ctx.getBean(BargainingService.class);
            SystemAuthentication.run(() -> {
                long season = bargaining.createSeason(unique("route-table "), LocalDate.now());
                session = bargaining.createSession(new SessionForm(season, LocalDate.now(), LocalTime.of(10, 0),
                        LocalTime.of(11, 0), SessionKind.WORKING_TALKS, "", "", new ArrayList<>(), "", "", "",
                        List.of()));
            });
        }
        return String.valueOf(session);
    }

}
