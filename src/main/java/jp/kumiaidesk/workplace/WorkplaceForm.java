package jp.kumiaidesk.workplace;

/**
 * What an administrator types for a workplace. Headcounts are the workplace's own staff, not its sub-workplaces'.
 */
public record WorkplaceForm(String name, int regularStaff, int nonRegularStaff, int members) {

    public static final int NAME_MAX_LENGTH = 100;
    /** Far above any city's staff; a typo guard, not a business rule. */
    public static final int MAX_HEADCOUNT = 100_000;
}
