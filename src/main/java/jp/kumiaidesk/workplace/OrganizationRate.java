package jp.kumiaidesk.workplace;

import java.util.OptionalDouble;

/**
 * 組織率: members ÷ (regular + non-regular staff) × 100. A workplace with no staff has no rate (not 0 %, not
 * infinity): it is shown as a dash.
 */
public record OrganizationRate(int members, int staff) {

    public OrganizationRate {
        if (members < 0 || staff < 0) {
            throw new IllegalArgumentException("negative count");
        }
    }

    public OptionalDouble percent() {
        return staff == 0 ? OptionalDouble.empty() : OptionalDouble.of(members * 100.0 / staff);
    }

    public OrganizationRate plus(OrganizationRate other) {
        return new OrganizationRate(members + other.members, staff + other.staff);
    }

    /** "72.4%" or "—". */
    public String formatted() {
        OptionalDouble percent = percent();
        return percent.isPresent() ? String.format("%.1f%%", percent.getAsDouble()) : "—";
    }
}
