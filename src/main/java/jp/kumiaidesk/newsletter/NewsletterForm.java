package jp.kumiaidesk.newsletter;

import java.time.LocalDate;
import java.util.List;

/**
 * What the secretariat writes. Texts are plain text with three kinds of formatting: a blank line starts a paragraph,
 * lines starting with "・" or "- " are a list, {@code **bold**}. Nothing else is markup.
 */
public record NewsletterForm(LocalDate issueDate, String headline, String lead, List<NewsletterRow> rows,
        String agreements, String nextSteps, List<Long> photoIds) {

    public static final int HEADLINE_MAX_LENGTH = 100;
    public static final int LEAD_MAX_LENGTH = 2000;
    public static final int DEMAND_MAX_LENGTH = 200;
    public static final int ANSWER_MAX_LENGTH = 2000;
    public static final int SECTION_MAX_LENGTH = 4000;
    public static final int MAX_ROWS = 30;
    public static final int MAX_PHOTOS = 4;

    public NewsletterForm {
        rows = rows == null ? List.of() : List.copyOf(rows);
        photoIds = photoIds == null ? List.of() : List.copyOf(photoIds);
    }
}
