package jp.kumiaidesk.approval;

import java.util.Set;

import jp.kumiaidesk.base.Role;

/** What the executive committee approves before it goes out. Each kind has its own policy. */
public enum ApprovalKind {
    SNS_DRAFT(Set.of(Role.RECRUITER, Role.SECRETARIAT, Role.EXECUTIVE)),
    NEWSLETTER(Set.of(Role.SECRETARIAT, Role.ADMIN));

    private final Set<Role> authorRoles;

    ApprovalKind(Set<Role> authorRoles) {
        this.authorRoles = authorRoles;
    }

    /** Who may write a thing of this kind (the feature's own write permission): every possible author. */
    public Set<Role> authorRoles() {
        return authorRoles;
    }
}
