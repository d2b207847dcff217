package jp.kumiaidesk.security;

import java.time.Clock;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;


import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.vaadin.flow.server.VaadinSession;

import jp.kumiaidesk.audit.AuditEntry;
import jp.kumiaidesk.base.ConcurrentEditException;
import jp.kumiaidesk.base.DuplicateKey;
import jp.kumiaidesk.base.FieldRejectedException;
import jp.kumiaidesk.base.NotFoundException;
import jp.kumiaidesk.base.Role;
import jp.kumiaidesk.base.Roles;
import jp.kumiaidesk.base.SystemAuthentication;
import jp.kumiaidesk.base.TextRules;
import jp.kumiaidesk.notification.NotificationService;
import jp.kumiaidesk.notification.NotificationService.Recipient;
import jp.kumiaidesk.workplace.WorkplaceNode;
import jp.kumiaidesk.workplace.WorkplaceService;

/** Accounts, roles and recruiters' workplaces: administered by {@code ADMIN}; own password by everyone. */
@Service
public class UserService {

    public static final String FIELD_USERNAME = "username";
    public static final String FIELD_DISPLAY_NAME = "displayName";
    public static final String FIELD_EMAIL = "email";
    public static final String FIELD_ROLES = "roles";
    public static final String FIELD_WORKPLACES = "workplaceIds";
    public static final String FIELD_ENABLED = "enabled";
    public static final String FIELD_PASSWORD = "password";
    public static final String FIELD_CURRENT_PASSWORD = "currentPassword";

    /** Lower-case letters, digits, dot, hyphen and underscore: easy to type on a phone and safe in URLs and logs. */
    public static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,49}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final WorkplaceService workplaces;
    private final ApplicationEventPublisher events;
    private final NotificationService notifications;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    UserService(UserAccountRepository users, PasswordEncoder passwordEncoder, WorkplaceService workplaces,
            ApplicationEventPublisher events, NotificationService notifications, JdbcTemplate jdbc, Clock clock) {
        this.notifications = notifications;
        this.jdbc = jdbc;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.workplaces = workplaces;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional(readOnly = true)
    public Slice<UserSummary> list(Pageable pageable) {
        return users.findAllByOrderByUsername(pageable).map(UserAccount::toSummary);
    }

    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional(readOnly = true)
    public UserSummary get(long id) {
        return find(id).toSummary();
    }

    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public long create(String username, String password, UserForm form) {
        String name = TextRules.clean(username);
        if (name.isEmpty()) {
            throw new FieldRejectedException(FIELD_USERNAME, "validation.required");
        }
        if (!USERNAME.matcher(name).matches()) {
            throw new FieldRejectedException(FIELD_USERNAME, "user.username-format");
        }
        if (users.existsByUsername(name)) {
            throw new FieldRejectedException(FIELD_USERNAME, "user.username-taken");
        }
        requirePassword(password, name);
        UserForm checked = check(form);
        UserAccount account = new UserAccount(name, passwordEncoder.encode(password), clock.instant());
        account.apply(checked);
        DuplicateKey.refused(FIELD_USERNAME, "user.username-taken", () -> users.saveAndFlush(account));
        events.publishEvent(AuditEntry.now("user.created", "user", account.getId(), describe(name, checked)));
        notifications.notify(new Recipient(name, null), "notification.welcome", checked.displayName(), "");
        return account.getId();
    }

    /**
     * Saves an administrator's edit; a non-empty {@code newPassword} is set in the same transaction, so a rejected
     * password leaves the rest unsaved too.
     */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public void update(long id, long expectedVersion, UserForm form, String newPassword) {
        UserAccount account = find(id);
        ConcurrentEditException.check(account, expectedVersion);
        UserForm checked = check(form);
        boolean passwordChanged = newPassword != null && !newPassword.isEmpty();
        if (passwordChanged) {
            requirePassword(newPassword, account.getUsername());
            if (passwordEncoder.matches(newPassword, account.getPasswordHash())) {
                throw new FieldRejectedException(FIELD_PASSWORD, "password.same-as-current");
            }
        }
        if (account.getUsername().equals(SystemAuthentication.currentActor())) {
            if (!checked.roles().contains(Role.ADMIN)) {
                throw new FieldRejectedException(FIELD_ROLES, "user.cannot-drop-own-admin");
            }
            if (!checked.enabled()) {
                throw new FieldRejectedException(FIELD_ENABLED, "user.cannot-disable-self");
            }
        }
        boolean accessChanged = !checked.enabled() || !checked.roles().equals(Set.copyOf(account.getRoles()))
                || !(checked.roles().contains(Role.RECRUITER) ? checked.workplaceIds() : Set.of())
                        .equals(Set.copyOf(account.getWorkplaceIds()));
        account.apply(checked);
        if (passwordChanged) {
            account.setPasswordHash(passwordEncoder.encode(newPassword));
            account.setLoginState(LoginLockoutPolicy.afterSuccess());
        }
        users.saveAndFlush(account);
        if (accessChanged || passwordChanged) {
            // the user's open sessions end once this commits (AccountSessions)
            events.publishEvent(new AccountSessions.Changed(account.getUsername(), null));
        }
        events.publishEvent(AuditEntry.now("user.updated", "user", id, describe(account.getUsername(), checked)));
        if (passwordChanged) {
            events.publishEvent(AuditEntry.now("user.password-reset", "user", id, account.getUsername()));
        }
    }

    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public void unlock(long id) {
        UserAccount account = find(id);
        account.setLoginState(LoginLockoutPolicy.afterSuccess());
        events.publishEvent(AuditEntry.now("user.unlocked", "user", id, account.getUsername()));
    }

    /** The signed-in user changes their own password, proving they know the current one. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        String username = SystemAuthentication.currentActor();
        UserAccount account = users.findByUsername(username)
                .orElseThrow(() -> new NotFoundException("user", username));
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw new FieldRejectedException(FIELD_CURRENT_PASSWORD, "password.current-wrong");
        }
        requirePassword(newPassword, username);
        if (passwordEncoder.matches(newPassword, account.getPasswordHash())) {
            throw new FieldRejectedException(FIELD_PASSWORD, "password.same-as-current");
        }
        account.setPasswordHash(passwordEncoder.encode(newPassword));
        events.publishEvent(AuditEntry.now("user.password-changed", "user", account.getId(), username));
        // only the session that made the change stays signed in
        VaadinSession current = VaadinSession.getCurrent();
        events.publishEvent(new AccountSessions.Changed(username,
                current == null || current.getSession() == null ? null : current.getSession().getId()));
    }

    /**
     * The workplaces the signed-in user may see personal rows of: all for executives and administrators, the assigned ones for
     * recruiters, none otherwise. Features that hold personal data (the recruitment tracker) filter by this.
     */
    /** Enabled users holding {@code role}, by user name: e.g. the executives who may approve. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public List<Person> withRole(Role role) {
        return jdbc.query("select u.username, u.display_name, u.email from app_user u join app_user_role r "
                + "on r.user_id = u.id where r.role = ? and u.enabled order by u.username",
                (rs, i) -> new Person(rs.getString(1), rs.getString(2), rs.getString(3)), role.name());
    }

    /** Per workplace, the enabled recruiter assigned to it (the first by user name when there are several). */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public Map<Long, String> recruitersByWorkplace() {
        Map<Long, String> recruiters = new HashMap<>();
        jdbc.query("select w.workplace_id, u.username from app_user_workplace w join app_user u on u.id = w.user_id "
                + "join app_user_role r on r.user_id = u.id and r.role = 'RECRUITER' where u.enabled "
                + "order by u.username desc", rs -> {
                    recruiters.put(rs.getLong(1), rs.getString(2));
                });
        return recruiters;
    }

    /** Whom to notify for a user name: the user with their e-mail address when they have one. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public Recipient recipient(String username) {
        List<String> emails = jdbc.queryForList("select email from app_user where username = ?", String.class,
                username);
        return new Recipient(username, emails.isEmpty() ? null : emails.get(0));
    }

    /** Display names of the given user names (unknown names map to themselves), for lists of authors and approvers. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public Map<String, String> displayNames(Collection<String> usernames) {
        Map<String, String> names = new HashMap<>();
        usernames.forEach(u -> names.put(u, u));
        if (!usernames.isEmpty()) {
            String marks = String.join(",", Collections.nCopies(usernames.size(), "?"));
            jdbc.query("select username, display_name from app_user where username in (" + marks + ")",
                    rs -> {
                        names.put(rs.getString(1), rs.getString(2));
                    }, usernames.toArray());
        }
        return names;
    }

    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public WorkplaceScope currentScope() {
        String username = SystemAuthentication.currentActor();
        if (SystemAuthentication.SYSTEM.equals(username)) {
            return WorkplaceScope.ALL;
        }
        // one statement: this runs on every tracker and dashboard request
        List<Object[]> rows = jdbc.query("select u.enabled, r.role, w.workplace_id from app_user u "
                + "left join app_user_role r on r.user_id = u.id "
                + "left join app_user_workplace w on w.user_id = u.id and r.role = 'RECRUITER' "
                + "where u.username = ?", (rs, i) -> new Object[] {rs.getBoolean(1), rs.getString(2),
                    rs.getObject(3) == null ? null : rs.getLong(3)}, username);
        if (rows.isEmpty() || !(Boolean) rows.getFirst()[0]) {
            return WorkplaceScope.NONE;
        }
        Set<String> roles = rows.stream().map(r -> (String) r[1]).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        if (roles.contains(Role.EXECUTIVE.name()) || roles.contains(Role.ADMIN.name())) {
            return WorkplaceScope.ALL;
        }
        return roles.contains(Role.RECRUITER.name()) ? WorkplaceScope.of(rows.stream().map(r -> (Long) r[2])
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet())) : WorkplaceScope.NONE;
    }

    /**
     * The scope the signed-in user had at sign-in, without a database round trip: for screens of counts (the
     * recruitment dashboard). Anything that shows or changes a person uses {@link #currentScope()}, so a recruiter
     * whose assignment was withdrawn loses the personal rows at once.
     */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    public WorkplaceScope loginScope() {
        var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            return user.loginScope();
        }
        return currentScope();
    }

    private UserAccount find(long id) {
        return users.findById(id).orElseThrow(() -> new NotFoundException("user", id));
    }

    private static void requirePassword(String password, String username) {
        String problem = PasswordRules.problem(password, username);
        if (problem != null) {
            throw new FieldRejectedException(FIELD_PASSWORD, problem);
        }
    }

    private UserForm check(UserForm form) {
        String displayName = TextRules.requireLine(FIELD_DISPLAY_NAME, form.displayName(), true,
                UserForm.DISPLAY_NAME_MAX_LENGTH);
        String email = TextRules.requireLine(FIELD_EMAIL, form.email(), false, UserForm.EMAIL_MAX_LENGTH);
        if (!email.isEmpty() && !EMAIL.matcher(email).matches()) {
            throw new FieldRejectedException(FIELD_EMAIL, "validation.email");
        }
        if (form.roles() == null || form.roles().isEmpty()) {
            throw new FieldRejectedException(FIELD_ROLES, "user.roles-required");
        }
        Set<Long> workplaceIds = form.workplaceIds() == null ? Set.of() : form.workplaceIds();
        if (form.roles().contains(Role.RECRUITER)) {
            Set<Long> known = workplaces.flatten().stream().map(WorkplaceNode::id).collect(Collectors.toSet());
            if (!known.containsAll(workplaceIds)) {
                throw new FieldRejectedException(FIELD_WORKPLACES, "user.workplace-unknown");
            }
        }
        return new UserForm(displayName, email, Set.copyOf(form.roles()), Set.copyOf(workplaceIds), form.enabled());
    }

    private static String describe(String username, UserForm form) {
        List<String> roles = form.roles().stream().map(Role::name).sorted().toList();
        return username + " roles=" + roles + " workplaces=" + form.workplaceIds().stream().sorted().toList()
                + (form.enabled() ? "" : " disabled");
    }
}
