package jp.kumiaidesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Issue #13: HSTS when the session cookie is HTTPS-only; no-store on pages, caching for versioned assets. */
class SecurityHeadersFilterTest {

    private static MockHttpServletResponse get(boolean https, String path) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        new SecurityHeadersFilter(https).doFilter(new MockHttpServletRequest("GET", path), response,
                new MockFilterChain());
        return response;
    }

    @Test
    void hsts_only_with_secure_cookies() throws Exception {
        assertThat(get(true, "/").getHeader("Strict-Transport-Security")).contains("max-age=63072000");
        assertThat(get(false, "/").getHeader("Strict-Transport-Security")).isNull();
    }

    @Test
    void pages_are_not_stored_but_static_assets_may_be() throws Exception {
        assertThat(get(false, "/recruitment").getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(get(false, "/VAADIN/build/bundle.js").getHeader("Cache-Control")).isNull();
        assertThat(get(false, "/styles.css").getHeader("Cache-Control")).isNull();
    }
}
