package jp.kumiaidesk;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;

import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import jp.kumiaidesk.security.TestSignIn;

import kotlin.jvm.functions.Function0;

/**
 * Views driven as a user drives them, without a browser: routes discovered once, a fresh mocked Vaadin per test,
 * and a signed-in demo user seen by Spring Security and by Vaadin's view access control alike.
 */
public abstract class KaribuTest extends ServiceTest {

    private static Routes routes;

    /**
     * Karibu's own discovery skips package-private classes, and our views are package-private (docs/architecture.md),
     * so routes, layouts and error views are found here with visibility ignored.
     */
    @BeforeAll
    @SuppressWarnings("unchecked")
    static void discoverRoutes() {
        if (routes != null) {
            return;
        }
        Set<Class<? extends Component>> views = new HashSet<>();
        Set<Class<? extends HasErrorParameter<?>>> errorViews = new HashSet<>();
        try (ScanResult scan = new ClassGraph().enableClassInfo().enableAnnotationInfo().ignoreClassVisibility()
                .acceptPackages("jp.kumiaidesk").scan()) {
            scan.getClassesWithAnnotation(Route.class.getName()).loadClasses()
                    .forEach(c -> views.add((Class<? extends Component>) c));
            scan.getClassesWithAnnotation(Layout.class.getName()).loadClasses()
                    .forEach(c -> views.add((Class<? extends Component>) c));
            scan.getClassesImplementing(HasErrorParameter.class.getName()).loadClasses()
                    .forEach(c -> errorViews.add((Class<? extends HasErrorParameter<?>>) c));
        }
        routes = new Routes(views, errorViews, true);
    }

    @BeforeEach
    void setUpVaadin() {
        newVaadinSession();
    }

    /** A fresh session and UI, as a new browser tab of a new user gets (benchmarks keep the old ones open). */
    protected void newVaadinSession() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, ctx, uiFactory));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
    }

    /** Signs in and makes the current (fake) request carry the user, as the servlet filter would. */
    protected void login(String username) {
        login(TestSignIn.signIn(ctx, username));
    }

    /** Makes the current (fake) request and the Vaadin session carry {@code authentication}. */
    protected void login(Authentication authentication) {
        SecurityContextHolder.setContext(contextOf(authentication));
        Set<String> roles = TestSignIn.roleNames(authentication);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> roles.contains(role));
        // Vaadin's security-context strategy reads the context from the HTTP session when there is one
        VaadinSession.getCurrent().getSession().setAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, contextOf(authentication));
    }

    private static SecurityContext contextOf(Authentication authentication) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        return context;
    }

    /**
     * Types a value into a field the user can see and edit, as the browser sends it: the field shows the value and
     * the value-change event says it came from the client ({@code isFromClient()}), so autosave, dirty state and
     * live refresh run as they do for a real user. (Karibu 2.6.2's {@code _setValue} does the same through a Vaadin
     * internal that changed in 25.2; this goes through {@code AbstractField}'s own protected hooks instead.)
     */
    protected static <V> void type(HasValue<?, V> field, V value) {
        LocatorJ.assertEditableByUser((Component) field);
        if (!(field instanceof AbstractField<?, ?>)) {
            field.setValue(value);
            return;
        }
        try {
            Method presentation = AbstractField.class.getDeclaredMethod("setPresentationValue", Object.class);
            Method model = AbstractField.class.getDeclaredMethod("setModelValue", Object.class, boolean.class);
            presentation.setAccessible(true);
            model.setAccessible(true);
            // the model first: a property-backed field turns a presentation change into a server-side value
            // change (isFromClient false), after which the model would already hold the value
            model.invoke(field, value, true);
            presentation.invoke(field, value);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("AbstractField's value hooks moved", e);
        }
    }

    /** Signs in and opens {@code route}, as after a fresh login. */
    protected void openAs(String username, String route) {
        login(username);
        UI.getCurrent().navigate(route);
    }

    /** The side menu's items as the browser gets them (one element of HTML, see MainLayout). */
    protected static java.util.List<org.jsoup.nodes.Element> menuItems() {
        com.vaadin.flow.component.Html nav = com.github.mvysny.kaributesting.v10.LocatorJ._get(
                com.vaadin.flow.component.Html.class, spec -> spec.withId(jp.kumiaidesk.layout.MainLayout.NAV_ID));
        return org.jsoup.Jsoup.parseBodyFragment(nav.getInnerHtml()).select("vaadin-side-nav-item");
    }
}
