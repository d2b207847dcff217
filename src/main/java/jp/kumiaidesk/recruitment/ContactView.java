package jp.kumiaidesk.recruitment;

import java.time.LocalDate;

/** One line of a new hire's contact log. */
public record ContactView(LocalDate contactedOn, String contactedBy, ContactMethod method, String reaction) {

    public static final int REACTION_MAX_LENGTH = 500;
}
