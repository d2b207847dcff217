package jp.kumiaidesk.security;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.vaadin.flow.spring.security.AuthenticationContext;

import jp.kumiaidesk.base.Role;

/** Who is signed in to this UI, and the way out. */
@Component
public class CurrentUser {

    private final AuthenticationContext authentication;

    CurrentUser(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    public Optional<SignedInUser> get() {
        return authentication.getAuthenticatedUser(SignedInUser.class);
    }

    public String username() {
        return get().map(SignedInUser::getUsername).orElse("");
    }

    public String displayName() {
        return get().map(SignedInUser::displayName).orElse("");
    }

    public List<Role> roles() {
        return get().map(SignedInUser::roles).orElse(List.of());
    }

    public boolean has(Role role) {
        return authentication.hasRole(role.roleName());
    }

    public void logout() {
        authentication.logout();
    }
}
