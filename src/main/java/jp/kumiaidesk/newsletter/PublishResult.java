package jp.kumiaidesk.newsletter;

import java.util.List;

/** What publishing produced: the issue number, the members' links, and the lists that were mailed. */
public record PublishResult(int year, int number, String webUrl, String pdfUrl, List<String> mailedTo,
        boolean mailConfigured) {
}
