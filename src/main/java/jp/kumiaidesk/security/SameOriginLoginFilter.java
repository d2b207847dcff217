package jp.kumiaidesk.security;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A sign-in post whose {@code Origin} (or, without one, {@code Referer}) names another site is refused with 403,
 * before the CSRF token is even looked at: a page elsewhere cannot sign a visitor in to an account of its choosing.
 * The host is compared with the request's {@code Host} header, so it works behind a reverse proxy that keeps it.
 */
final class SameOriginLoginFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // the request URI, not the servlet path: Vaadin's servlet is mapped to /*, where the servlet path is empty
        if ("POST".equals(request.getMethod())
                && (request.getContextPath() + "/login").equals(request.getRequestURI()) && !sameOrigin(request)) {
            // a plain 403 (sendError would dispatch to /error, which sends anonymous visitors to the login page)
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.flushBuffer();
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean sameOrigin(HttpServletRequest request) {
        String claimed = request.getHeader("Origin");
        if (claimed == null) {
            claimed = request.getHeader("Referer");
        }
        if (claimed == null) {
            // not sent by every client; the CSRF token still guards the post
            return true;
        }
        String host = request.getHeader("Host");
        try {
            URI origin = URI.create(claimed);
            String authority = origin.getPort() < 0 ? origin.getHost() : origin.getHost() + ":" + origin.getPort();
            return host != null && origin.getHost() != null && host.equalsIgnoreCase(authority);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }
}
