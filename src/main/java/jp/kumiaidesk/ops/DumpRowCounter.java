package jp.kumiaidesk.ops;

import java.util.Map;
import java.util.TreeMap;

/**
 * Counts the rows a {@code mariadb-dump} writes, per table, from its {@code INSERT INTO `t` VALUES (…),(…);}
 * statements (MariaDB 11 puts each row on a line of its own, older clients all on one), so the manifest's counts are
 * those of the dump's own consistent snapshot — a second connection counting at the same time would see another
 * moment. Tables without rows get 0 from their {@code CREATE TABLE}.
 */
final class DumpRowCounter {

    private final Map<String, Long> rows = new TreeMap<>();
    private String table;
    private int depth;
    private boolean quoted;

    void line(String line) {
        if (table == null) {
            if (line.startsWith("CREATE TABLE `")) {
                rows.putIfAbsent(name(line, "CREATE TABLE `".length()), 0L);
                return;
            }
            if (!line.startsWith("INSERT INTO `")) {
                return;
            }
            int start = "INSERT INTO `".length();
            table = name(line, start);
            depth = 0;
            quoted = false;
            int values = line.indexOf("VALUES", start);
            scan(line, values < 0 ? start : values + "VALUES".length());
        } else {
            scan(line, 0);
        }
    }

    Map<String, Long> rows() {
        return rows;
    }

    private static String name(String line, int start) {
        return line.substring(start, line.indexOf('`', start));
    }

    /** Top-level parenthesised tuples, skipping quoted strings with their escapes, up to the closing semicolon. */
    private void scan(String line, int from) {
        long count = 0;
        for (int i = from; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '\\') {
                    i++;
                } else if (c == '\'') {
                    quoted = false;
                }
            } else if (c == '\'') {
                quoted = true;
            } else if (c == '(') {
                if (depth++ == 0) {
                    count++;
                }
            } else if (c == ')') {
                depth--;
            } else if (c == ';' && depth == 0) {
                rows.merge(table, count, Long::sum);
                table = null;
                return;
            }
        }
        rows.merge(table, count, Long::sum);
    }
}
