package jp.kumiaidesk.security;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import jp.kumiaidesk.base.Role;

/** Signs a stored user in for a test, with the same principal the login form would produce. */
public final class TestSignIn {

    private TestSignIn() {
    }

    public static Authentication signIn(ApplicationContext ctx, String username) {
        UserAccount account = ctx.getBean(UserAccountRepository.class).findByUsername(username)
                .orElseThrow(() -> new IllegalArgumentException("no user " + username));
        SignedInUser principal = new SignedInUser(account.getId(), account.getUsername(), account.getDisplayName(),
                account.getRoles().stream().sorted().toList(), account.getWorkplaceIds(), account.isEnabled(), null);
        Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        return authentication;
    }

    /** The sign-in a correct password gives a user whose role needs a second factor: no roles yet. */
    public static Authentication signInPending(ApplicationContext ctx, String username) {
        Authentication pending = SecondFactor.pending(signIn(ctx, username));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(pending);
        SecurityContextHolder.setContext(context);
        return pending;
    }

    public static Set<String> roleNames(Authentication authentication) {
        if (SecondFactor.isPending(authentication)) {
            return Set.of();
        }
        return ((SignedInUser) authentication.getPrincipal()).roles().stream().map(Role::roleName)
                .collect(Collectors.toSet());
    }
}
