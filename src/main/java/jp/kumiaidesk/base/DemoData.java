package jp.kumiaidesk.base;

/**
 * A feature's demo data, seeded on the first start of an empty database in demo mode. Seeders run in
 * {@link #order()} (platform first, then features that refer to its users and workplaces), in one transaction each.
 */
public interface DemoData {

    int order();

    void seed();
}
