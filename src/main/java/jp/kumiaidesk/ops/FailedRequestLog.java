package jp.kumiaidesk.ops;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One log line per request that failed (status 400 and up, or an exception): method, path, status, time, user
 * and client address — never the query string or body, which may carry personal data. Logger
 * {@code jp.kumiaidesk.requests}: 5xx at WARN, 4xx at INFO.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class FailedRequestLog extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger("jp.kumiaidesk.requests");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long started = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            line(request, 500, started, e);
            throw e;
        }
        if (response.getStatus() >= 400) {
            line(request, response.getStatus(), started, null);
        }
    }

    private static void line(HttpServletRequest request, int status, long started, Exception e) {
        String user = request.getUserPrincipal() == null ? "-" : request.getUserPrincipal().getName();
        String text = "{} {} -> {} in {} ms, user {}, from {}{}";
        Object[] args = {request.getMethod(), request.getRequestURI(), status,
                (System.nanoTime() - started) / 1_000_000, user, request.getRemoteAddr(),
                e == null ? "" : ", " + e.getClass().getSimpleName() + ": " + e.getMessage()};
        if (status >= 500) {
            log.warn(text, args);
        } else {
            log.info(text, args);
        }
    }
}
