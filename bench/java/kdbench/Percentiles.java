package kdbench;

/** The bench's one percentile: the nearest-rank value of a sorted sample. */
final class Percentiles {

    private Percentiles() {
    }

    /** The {@code q} quantile (0.5, 0.95, …) of {@code sorted}, which must be sorted and not empty. */
    static double of(double[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
    }
}
