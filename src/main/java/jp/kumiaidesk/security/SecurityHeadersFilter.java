package jp.kumiaidesk.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The browser-hardening headers on every response. Spring Security writes them only for requests that pass its
 * filter chain, and Vaadin serves some (the login view's bootstrap page among them) outside it; this filter runs
 * first for all of them. Vaadin's client engine needs inline scripts and styles and {@code eval}, so
 * {@code script-src} cannot be stricter than below; everything else is as tight as the app allows. With HTTPS-only
 * session cookies ({@code KD_SECURE_COOKIE=true}) it adds HSTS; pages get {@code Cache-Control: no-store}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityHeadersFilter extends OncePerRequestFilter {

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self' ws: wss:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'self'");

    /** Two years, as the HSTS preload list asks; only sent when the session cookie is HTTPS-only. */
    static final String STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

    private final boolean https;

    SecurityHeadersFilter(@Value("${server.servlet.session.cookie.secure:false}") boolean https) {
        this.https = https;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (https) {
            response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        }
        if (!isStatic(request.getRequestURI())) {
            // pages and UI traffic hold personal data: never kept in a browser's or proxy's cache
            response.setHeader("Cache-Control", "no-store");
        }
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        chain.doFilter(request, response);
    }

    /** Versioned or public assets that may be cached: Vaadin's bundle, our stylesheet and images, webjars. */
    static boolean isStatic(String path) {
        return path.startsWith("/VAADIN/build/") || path.startsWith("/VAADIN/static/") || path.startsWith("/images/")
                || path.startsWith("/webjars/") || path.equals("/styles.css") || path.equals("/favicon.ico")
                || path.startsWith("/n/");
    }
}
