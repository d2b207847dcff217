package jp.kumiaidesk.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import jp.kumiaidesk.base.DemoMode;
import jp.kumiaidesk.base.Role;

/**
 * Which roles must prove a second factor (a passkey, or an e-mailed code) after the password: {@code
 * kd.mfa.required-roles} ({@code KD_MFA_REQUIRED_ROLES}), a comma-separated list of roles, or {@code none}. Unset,
 * it is {@code ADMIN,EXECUTIVE} — except in demo mode, where the demo accounts sign in with the password alone (a
 * visitor trying the demo has no passkey for 委員長; the tests, which run in demo mode, switch it on where they
 * test it). Decision 0017.
 */
@Component
public class MfaPolicy {

    static final Set<Role> DEFAULT = EnumSet.of(Role.ADMIN, Role.EXECUTIVE);

    private volatile Set<Role> required;

    MfaPolicy(@Value("${kd.mfa.required-roles:}") String configured, DemoMode demoMode) {
        this.required = parse(configured, demoMode.enabled());
    }

    static Set<Role> parse(String configured, boolean demo) {
        String value = configured == null ? "" : configured.strip();
        if (value.isEmpty()) {
            return demo ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(DEFAULT);
        }
        if (value.equalsIgnoreCase("none") || value.equalsIgnoreCase("off")) {
            return EnumSet.noneOf(Role.class);
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(value.split("[,\\s]+")).filter(s -> !s.isBlank())
                .forEach(name -> roles.add(Role.valueOf(name.strip().toUpperCase(java.util.Locale.ROOT))));
        return roles;
    }

    /** Whether someone holding {@code roles} must prove a second factor. */
    public boolean requires(Collection<Role> roles) {
        Set<Role> now = required;
        return roles.stream().anyMatch(now::contains);
    }

    public Set<Role> requiredRoles() {
        return Set.copyOf(required);
    }

    /** For tests (they share one application context): which roles need the second factor from now on. */
    public void setRequiredRoles(Set<Role> roles) {
        this.required = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }
}
