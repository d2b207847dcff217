package jp.kumiaidesk;

import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.security.core.Authentication;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;

import jp.kumiaidesk.security.TestSignIn;

import kotlin.jvm.functions.Function0;

/**
 * Views driven as a user drives them, without a browser: routes discovered once, a fresh mocked Vaadin per test,
 * and a signed-in demo user seen by Spring Security and by Vaadin's view access control alike.
 */
public abstract class KaribuTest extends ServiceTest {

    private static Routes routes;

    @BeforeAll
    static void discoverRoutes() {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("jp.kumiaidesk");
        }
    }

    @BeforeEach
    void setUpVaadin() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, ctx, uiFactory));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
    }

    /** Signs in and makes the current (fake) request carry the user, as the servlet filter would. */
    protected void login(String username) {
        Authentication authentication = TestSignIn.signIn(ctx, username);
        Set<String> roles = TestSignIn.roleNames(authentication);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> roles.contains(role));
    }

    /** Signs in and opens {@code route}, as after a fresh login. */
    protected void openAs(String username, String route) {
        login(username);
        UI.getCurrent().navigate(route);
    }
}
