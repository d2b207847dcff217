package jp.kumiaidesk.workplace;

import java.util.Map;

/**
 * Who knows what changed since each workplace was counted (the new-hire tracker). The workplace tree asks through
 * this interface, so it depends on no feature that depends on it.
 */
public interface HeadcountChanges {

    /** Per workplace id: the hires from the day after its {@code counted_on} up to today, and their joins. */
    Map<Long, HeadcountChange> sinceCounted();
}
