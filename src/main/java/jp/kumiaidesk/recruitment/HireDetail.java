package jp.kumiaidesk.recruitment;

import java.util.List;

/** A new hire with their contact log, newest first. */
public record HireDetail(HireRow hire, List<ContactView> contacts) {
}
