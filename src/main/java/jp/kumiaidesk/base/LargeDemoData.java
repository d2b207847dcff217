package jp.kumiaidesk.base;

import java.util.Random;

import org.slf4j.LoggerFactory;

/**
 * The union-sized demo ({@code KD_DEMO=large}): seeded after the small demo (whose named users and workplaces stay
 * the anchors of the README and the tests), each feature adding its share in bulk — ~2,500 staff in ~150
 * workplaces, a 600-hire cohort and two earlier ones, 300 SNS drafts, 3 bargaining seasons with 60 sessions,
 * 40 newsletters, 10,000 audit entries, 8 executives and 12 recruiters. Deterministic: every feature draws from its
 * own {@link Random} with a fixed seed, so two starts give the same union.
 */
public abstract class LargeDemoData implements DemoData {

    /** Large seeders run after every small one. */
    protected static final int AFTER_SMALL = 100;

    private final DemoMode demoMode;

    protected LargeDemoData(DemoMode demoMode) {
        this.demoMode = demoMode;
    }

    @Override
    public final void seed() {
        if (demoMode.large()) {
            long start = System.nanoTime();
            seedLarge();
            LoggerFactory.getLogger(getClass()).info("Large demo data seeded in {} ms",
                    (System.nanoTime() - start) / 1_000_000);
        }
    }

    protected abstract void seedLarge();

    /** The same sequence on every start, different per feature. */
    protected static Random random(String feature) {
        return new Random(20260401L ^ feature.hashCode());
    }
}
