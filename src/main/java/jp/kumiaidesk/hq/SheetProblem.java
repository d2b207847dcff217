package jp.kumiaidesk.hq;

import java.util.Arrays;
import java.util.List;

/**
 * Something wrong with an uploaded sheet, as a translation key and its argument (e.g. the label it is about).
 * Stored with the sheet, one per line, so the problems stay beside the union's row.
 */
public record SheetProblem(String key, String argument) {

    private static final char SEPARATOR = '\t';

    public SheetProblem {
        argument = argument == null ? "" : argument.replace(SEPARATOR, ' ').replace('\n', ' ');
    }

    /** A problem that keeps the sheet out of the roll-up (the others are warnings beside its row). */
    public boolean fatal() {
        return key.startsWith("hq.rejected.");
    }

    static String store(List<SheetProblem> problems) {
        StringBuilder text = new StringBuilder();
        for (SheetProblem p : problems) {
            if (text.length() + p.key().length() + p.argument().length() + 2 > 4000) {
                break;
            }
            text.append(p.key()).append(SEPARATOR).append(p.argument()).append('\n');
        }
        return text.toString();
    }

    static List<SheetProblem> load(String stored) {
        if (stored == null || stored.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(stored.split("\n")).filter(line -> !line.isEmpty()).map(line -> {
            int tab = line.indexOf(SEPARATOR);
            return tab < 0 ? new SheetProblem(line, "") : new SheetProblem(line.substring(0, tab),
                    line.substring(tab + 1));
        }).toList();
    }
}
