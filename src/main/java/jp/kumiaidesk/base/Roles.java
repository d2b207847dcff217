package jp.kumiaidesk.base;

/**
 * Role names as compile-time constants, so that {@code @RolesAllowed(Roles.ADMIN)} and the database use the same
 * words. Spring Security sees them with the {@code ROLE_} prefix.
 */
public final class Roles {

    public static final String EXECUTIVE = "EXECUTIVE";
    public static final String SECRETARIAT = "SECRETARIAT";
    public static final String RECRUITER = "RECRUITER";
    public static final String ADMIN = "ADMIN";
    public static final String HQ = "HQ";

    /*
     * Service methods are guarded with @PreAuthorize and these expressions. Jakarta's @RolesAllowed stays on views
     * only, where Vaadin's access control reads it: enabling it for method security would proxy every view class.
     */
    public static final String IS_ADMIN = "hasRole('ADMIN')";
    /** Fully signed in: a sign-in still waiting for its second factor (decision 0017) is not. */
    public static final String IS_SIGNED_IN = "isAuthenticated() and !hasAuthority('KD_MFA_PENDING')";
    /** Signed in with the password, the second factor perhaps still to come (the passkey ceremonies). */
    public static final String IS_PASSWORD_CHECKED = "isAuthenticated()";
    public static final String IS_STAFF = "hasAnyRole('EXECUTIVE', 'SECRETARIAT', 'RECRUITER', 'ADMIN')";
    public static final String IS_HQ = "hasRole('HQ')";

    private Roles() {
    }
}
