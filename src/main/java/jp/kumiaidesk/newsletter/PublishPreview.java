package jp.kumiaidesk.newsletter;

import java.util.List;

/**
 * What 発行 will do, shown before it is done: the number it will take (if nobody publishes first), the lists it
 * mails with their sizes, and whether a mail server is configured at all.
 */
public record PublishPreview(int year, int number, List<ListSize> lists, boolean mailConfigured) {

    public record ListSize(String name, int addresses) {
    }
}
