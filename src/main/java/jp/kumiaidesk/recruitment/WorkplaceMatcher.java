package jp.kumiaidesk.recruitment;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jp.kumiaidesk.workplace.WorkplaceNode;

/**
 * Finds the existing workplaces an unknown name from an appointment list most likely means, the way a person reads
 * it: width and spaces do not matter (NFKC), words the personnel office writes either way are the same (保育園 and
 * 保育所, 課 and 科 …), and a one- or two-character slip is still the same place. Paths resolve against the tree: the
 * longest known end of a path is its parent. Pure: no database.
 */
final class WorkplaceMatcher {

    /** How many suggestions a person is shown per unknown name. */
    static final int SUGGESTIONS = 3;

    /** Words written either way, with the form the tree most likely uses first. */
    private static final Map<String, String> SAME_WORDS = Map.of("保育園", "保育所", "こども園", "保育所",
            "科", "課", "係", "課", "事務局", "局", "センター", "所", "小学", "小学校", "中学", "中学校");

    private final List<WorkplaceNode> nodes;

    WorkplaceMatcher(List<WorkplaceNode> nodes) {
        this.nodes = nodes;
    }

    /** A suggestion: the workplace and how far it is from the name (0 = the same once normalised). */
    record Suggestion(WorkplaceNode workplace, int distance) {
    }

    /** The likeliest existing workplaces for {@code value} (a name or a path), best first. */
    List<Suggestion> suggest(String value) {
        List<String> segments = segments(value);
        if (segments.isEmpty()) {
            return List.of();
        }
        String last = segments.getLast();
        Optional<WorkplaceNode> parent = segments.size() > 1 ? parentOf(segments) : Optional.empty();
        int allowed = Math.max(1, key(last).length() / 3);
        List<Suggestion> found = new ArrayList<>();
        for (WorkplaceNode node : nodes) {
            int distance = distance(last, node.name());
            if (distance > allowed) {
                continue;
            }
            // under the parent the path names: closer than the same name elsewhere
            if (parent.isPresent() && !Objects.equals(parent.get().id(), node.parentId())) {
                distance++;
            }
            found.add(new Suggestion(node, distance));
        }
        found.sort(Comparator.comparingInt(Suggestion::distance).thenComparing(s -> s.workplace().path()));
        return found.stream().limit(SUGGESTIONS).toList();
    }

    /**
     * Where a new workplace of {@code value} goes: the deepest existing workplace whose path ends with the leading
     * segments (福祉部/保育所/西保育所 → the existing …/福祉部/保育所), or none (a new root). Never a second 福祉部.
     */
    Optional<WorkplaceNode> parentOf(List<String> segments) {
        for (int n = segments.size() - 1; n > 0; n--) {
            String wanted = key(String.join("/", segments.subList(0, n)));
            List<WorkplaceNode> ends = nodes.stream()
                    .filter(w -> key(w.path()).equals(wanted) || key(w.path()).endsWith("/" + wanted)).toList();
            if (ends.size() == 1) {
                return Optional.of(ends.getFirst());
            }
        }
        return Optional.empty();
    }

    /** The segments of a path that do not exist yet under {@code parent}, e.g. [西保育所]. */
    static List<String> missingUnder(Optional<WorkplaceNode> parent, List<String> segments) {
        if (parent.isEmpty()) {
            return segments;
        }
        List<String> parentSegments = segments(parent.get().path());
        int known = 0;
        for (int n = Math.min(segments.size() - 1, parentSegments.size()); n > 0; n--) {
            if (key(String.join("/", parentSegments.subList(parentSegments.size() - n, parentSegments.size())))
                    .equals(key(String.join("/", segments.subList(0, n))))) {
                known = n;
                break;
            }
        }
        return segments.subList(known, segments.size());
    }

    static List<String> segments(String value) {
        List<String> segments = new ArrayList<>();
        for (String part : Normalizer.normalize(value == null ? "" : value, Normalizer.Form.NFKC).split("/")) {
            String segment = part.strip();
            if (!segment.isEmpty()) {
                segments.add(segment);
            }
        }
        return segments;
    }

    /** The form two names are compared in: NFKC, no spaces, the same words written one way. */
    static String key(String name) {
        String key = Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("\\s+", "");
        for (Map.Entry<String, String> same : SAME_WORDS.entrySet()) {
            if (key.endsWith(same.getKey())) {
                key = key.substring(0, key.length() - same.getKey().length()) + same.getValue();
            }
        }
        return key;
    }

    /** Edit distance of the two names' keys (insert, delete, replace one character). */
    static int distance(String a, String b) {
        String x = key(a);
        String y = key(b);
        int[] previous = new int[y.length() + 1];
        int[] current = new int[y.length() + 1];
        for (int j = 0; j <= y.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= x.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= y.length(); j++) {
                int replace = previous[j - 1] + (x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(replace, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[y.length()];
    }
}
