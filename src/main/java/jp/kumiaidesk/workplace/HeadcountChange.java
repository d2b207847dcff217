package jp.kumiaidesk.workplace;

/** What changed in a workplace since its headcounts were counted: new hires (staff) and those who joined. */
public record HeadcountChange(int hires, int joined) {

    public static final HeadcountChange NONE = new HeadcountChange(0, 0);

    public HeadcountChange plus(HeadcountChange other) {
        return new HeadcountChange(hires + other.hires, joined + other.joined);
    }

    /** The counted rate moved to today. */
    public OrganizationRate applyTo(OrganizationRate counted) {
        return new OrganizationRate(counted.members() + joined, counted.staff() + hires);
    }
}
