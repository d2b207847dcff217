package jp.kumiaidesk.recruitment;

import java.util.EnumMap;
import java.util.Map;

/**
 * The figures the union and the prefectural HQ ask for, for one set of new hires: 新規採用者数, 加入者数, 競合加入者数,
 * 未加入者数 and those still open, with the join rate (joined ÷ hires; none when there are no hires).
 */
public record Funnel(Map<HireStatus, Integer> byStatus) {

    public static final Funnel EMPTY = new Funnel(Map.of());

    public Funnel {
        byStatus = Map.copyOf(byStatus);
    }

    public int count(HireStatus status) {
        return byStatus.getOrDefault(status, 0);
    }

    public int hires() {
        return byStatus.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int joined() {
        return count(HireStatus.JOINED);
    }

    public int competitor() {
        return count(HireStatus.JOINED_COMPETITOR);
    }

    public int declined() {
        return count(HireStatus.DECLINED);
    }

    public int open() {
        return hires() - joined() - competitor() - declined();
    }

    /** Join rate in percent, or {@code null} with no hires. */
    public Double joinRate() {
        return hires() == 0 ? null : joined() * 100.0 / hires();
    }

    /** How many reached at least {@code status} in the approach (a funnel counts everyone past a step). */
    public int reached(HireStatus status) {
        if (!status.open()) {
            return count(status);
        }
        return byStatus.entrySet().stream().filter(e -> !e.getKey().open() || e.getKey().ordinal() >= status.ordinal())
                .mapToInt(Map.Entry::getValue).sum();
    }

    public Funnel plus(Funnel other) {
        Map<HireStatus, Integer> sum = new EnumMap<>(HireStatus.class);
        byStatus.forEach((k, v) -> sum.merge(k, v, Integer::sum));
        other.byStatus.forEach((k, v) -> sum.merge(k, v, Integer::sum));
        return new Funnel(sum);
    }

    /** "40.0%", or "—" when there is no rate. */
    public static String format(Double rate) {
        return rate == null ? "—" : String.format("%.1f%%", rate);
    }
}
