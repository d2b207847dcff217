package jp.kumiaidesk.security;

import java.util.Set;

import jp.kumiaidesk.base.Role;

/** What an administrator edits about a user (the user name is fixed once created; passwords are set apart). */
public record UserForm(String displayName, String email, Set<Role> roles, Set<Long> workplaceIds, boolean enabled) {

    public static final int USERNAME_MAX_LENGTH = 50;
    public static final int DISPLAY_NAME_MAX_LENGTH = 100;
    public static final int EMAIL_MAX_LENGTH = 254;
}
