package jp.kumiaidesk.bargaining;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * What the secretariat types about one session. Employer side and attendees are one person per line
 * ("総務部長 山本一郎").
 */
public record SessionForm(long seasonId, LocalDate heldOn, LocalTime startsAt, LocalTime endsAt, SessionKind kind,
        String employerSide, String ourAttendees, List<AnswerForm> answers, String agreements, String carriedOver,
        String notes, List<Long> photoIds) {

    public static final int PEOPLE_MAX_LENGTH = 2000;
    public static final int AGREEMENTS_MAX_LENGTH = 4000;
    public static final int NOTES_MAX_LENGTH = 8000;

    public SessionForm {
        answers = answers == null ? List.of() : List.copyOf(answers);
        photoIds = photoIds == null ? List.of() : List.copyOf(photoIds);
    }

    /** A new session of {@code seasonId} on {@code day}. */
    public static SessionForm empty(long seasonId, LocalDate day) {
        return new SessionForm(seasonId, day, null, null, SessionKind.COLLECTIVE_BARGAINING, "", "", List.of(), "",
                "", "", List.of());
    }
}
