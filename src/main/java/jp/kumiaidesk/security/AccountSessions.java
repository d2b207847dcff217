package jp.kumiaidesk.security;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;

/**
 * Open sessions follow the account: when an administrator disables a user or changes their roles, workplaces or
 * password, or the user changes their own password, every other session of that user ends as soon as the change is
 * committed: the security context leaves each of their HTTP sessions at once, Spring Security's session registry
 * expires them (the next request ends the session), and each open page is sent to the login view over push.
 */
@Component
class AccountSessions implements VaadinServiceInitListener {

    /** The account of {@code username} changed; end its sessions except {@code keepSessionId} (may be null). */
    record Changed(String username, String keepSessionId) {
    }

    private final SessionRegistry registry;
    private final Set<VaadinSession> open = ConcurrentHashMap.newKeySet();

    AccountSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> open.add(init.getSession()));
        event.getSource().addSessionDestroyListener(destroy -> open.remove(destroy.getSession()));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(Changed changed) {
        end(changed.username(), changed.keepSessionId());
    }

    /** Ends the sessions of {@code username}, all but {@code keepSessionId}; returns how many Vaadin sessions. */
    int end(String username, String keepSessionId) {
        for (Object principal : registry.getAllPrincipals()) {
            if (principal instanceof UserDetails user && user.getUsername().equals(username)) {
                for (SessionInformation session : registry.getAllSessions(principal, false)) {
                    if (!session.getSessionId().equals(keepSessionId)) {
                        session.expireNow();
                    }
                }
            }
        }
        int closed = 0;
        for (VaadinSession session : open) {
            WrappedSession http = session.getSession();
            String id = idOf(http);
            if (id == null || id.equals(keepSessionId) || !username.equals(usernameOf(http))) {
                continue;
            }
            closed++;
            // signed out at once (the next request is anonymous, and the registry's expiry ends the HTTP session);
            // the open pages are sent to the login view over push while the Vaadin session is still there to push
            session.access(() -> {
                signOut(http);
                session.getUIs().forEach(ui -> ui.getPage().setLocation("login"));
            });
            signOut(http);
        }
        return closed;
    }

    private static void signOut(WrappedSession http) {
        try {
            http.removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        } catch (IllegalStateException invalidated) {
            // ended meanwhile
        }
    }

    /** Whether {@code username} is signed in in an open Vaadin session (for tests). */
    boolean hasOpenSession(String username) {
        return open.stream().anyMatch(s -> idOf(s.getSession()) != null && username.equals(usernameOf(s.getSession())));
    }

    private static String idOf(WrappedSession http) {
        try {
            return http == null ? null : http.getId();
        } catch (IllegalStateException invalidated) {
            return null;
        }
    }

    private static String usernameOf(WrappedSession http) {
        try {
            Object context = http.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
            if (context instanceof SecurityContext security && security.getAuthentication() != null) {
                return security.getAuthentication().getName();
            }
        } catch (IllegalStateException invalidated) {
            return null;
        }
        return null;
    }
}
