package jp.kumiaidesk.base;

/** What a person may do in the union's intranet; one person may hold several. */
public enum Role {
    EXECUTIVE(Roles.EXECUTIVE),
    SECRETARIAT(Roles.SECRETARIAT),
    RECRUITER(Roles.RECRUITER),
    ADMIN(Roles.ADMIN),
    /** 県本部: a prefectural HQ officer; sees the unions' roll-up only, never a person's data. */
    HQ(Roles.HQ);

    private final String roleName;

    Role(String roleName) {
        this.roleName = roleName;
    }

    public String roleName() {
        return roleName;
    }

    public String authority() {
        return "ROLE_" + roleName;
    }

    /** Translation key of the role's name, e.g. {@code role.EXECUTIVE}. */
    public String translationKey() {
        return "role." + name();
    }
}
