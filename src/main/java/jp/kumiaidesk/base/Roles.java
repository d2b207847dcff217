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

    private Roles() {
    }
}
