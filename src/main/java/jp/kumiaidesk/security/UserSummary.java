package jp.kumiaidesk.security;

import java.time.Instant;
import java.util.Set;

import jp.kumiaidesk.base.Role;

/** A user as the administration screen lists it. */
public record UserSummary(long id, long version, String username, String displayName, String email, Set<Role> roles,
        Set<Long> workplaceIds, boolean enabled, Instant lockedUntil) {

    public UserForm toForm() {
        return new UserForm(displayName, email == null ? "" : email, roles, workplaceIds, enabled);
    }
}
