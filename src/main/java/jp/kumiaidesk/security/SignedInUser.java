package jp.kumiaidesk.security;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import jp.kumiaidesk.base.Role;

/** The principal of a signed-in session: who they are and what they may do, without the password hash after login. */
public final class SignedInUser implements UserDetails, CredentialsContainer {

    private final long id;
    private final String username;
    private final String displayName;
    private final List<Role> roles;
    private final boolean enabled;
    private String passwordHash;

    SignedInUser(long id, String username, String displayName, List<Role> roles, boolean enabled,
            String passwordHash) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.roles = List.copyOf(roles);
        this.enabled = enabled;
        this.passwordHash = passwordHash;
    }

    public long id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public List<Role> roles() {
        return roles;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
