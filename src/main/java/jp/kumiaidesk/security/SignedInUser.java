package jp.kumiaidesk.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;

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
    private final Set<Long> workplaceIds;
    private String passwordHash;

    SignedInUser(long id, String username, String displayName, List<Role> roles, Set<Long> workplaceIds,
            boolean enabled, String passwordHash) {
        this.workplaceIds = Set.copyOf(workplaceIds);
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

    /** The workplace scope as it was at sign-in (for aggregate screens; personal rows re-check the database). */
    WorkplaceScope loginScope() {
        if (roles.contains(Role.EXECUTIVE) || roles.contains(Role.ADMIN)) {
            return WorkplaceScope.ALL;
        }
        return roles.contains(Role.RECRUITER) ? WorkplaceScope.of(workplaceIds) : WorkplaceScope.NONE;
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
