package jp.kumiaidesk.workplace;

import java.time.LocalDate;

/**
 * What an administrator types for a workplace. Headcounts are the workplace's own staff, not its sub-workplaces',
 * as counted on {@code countedOn} (today when not given).
 */
public record WorkplaceForm(String name, int regularStaff, int nonRegularStaff, int members, LocalDate countedOn) {

    /** Headcounts counted today. */
    public WorkplaceForm(String name, int regularStaff, int nonRegularStaff, int members) {
        this(name, regularStaff, nonRegularStaff, members, null);
    }

    public static final int NAME_MAX_LENGTH = 100;
    /** Far above any city's staff; a typo guard, not a business rule. */
    public static final int MAX_HEADCOUNT = 100_000;
}
