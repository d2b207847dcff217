package jp.kumiaidesk.security;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import jp.kumiaidesk.base.AbstractEntity;
import jp.kumiaidesk.base.Role;

/** A person who signs in, with their roles and, for recruiters, the workplaces they are assigned to. */
@Entity
@Table(name = "app_user")
class UserAccount extends AbstractEntity {

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    private String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "first_failure_at")
    private Instant firstFailureAt;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(nullable = false)
    private int lockouts;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_workplace", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "workplace_id")
    private Set<Long> workplaceIds = new HashSet<>();

    protected UserAccount() {
    }

    UserAccount(String username, String passwordHash, Instant createdAt) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
    }

    void apply(UserForm form) {
        this.displayName = form.displayName();
        this.email = form.email() == null || form.email().isBlank() ? null : form.email();
        this.enabled = form.enabled();
        this.roles = form.roles().isEmpty() ? new HashSet<>() : EnumSet.copyOf(form.roles());
        this.workplaceIds = form.roles().contains(Role.RECRUITER) ? new HashSet<>(form.workplaceIds())
                : new HashSet<>();
    }

    LoginLockoutPolicy.State loginState() {
        return new LoginLockoutPolicy.State(failedAttempts, firstFailureAt, lockedUntil, lockouts);
    }

    void setLoginState(LoginLockoutPolicy.State state) {
        this.failedAttempts = state.failedAttempts();
        this.firstFailureAt = state.firstFailureAt();
        this.lockedUntil = state.lockedUntil();
        this.lockouts = state.lockouts();
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    UserSummary toSummary() {
        return new UserSummary(getId(), getVersion(), username, displayName, email,
                roles.isEmpty() ? Set.of() : Set.copyOf(roles), Set.copyOf(workplaceIds), enabled, lockedUntil);
    }

    String getUsername() {
        return username;
    }

    String getDisplayName() {
        return displayName;
    }

    String getEmail() {
        return email;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    boolean isEnabled() {
        return enabled;
    }

    Set<Role> getRoles() {
        return roles;
    }

    Set<Long> getWorkplaceIds() {
        return workplaceIds;
    }
}
