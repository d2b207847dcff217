package jp.kumiaidesk.audit.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;

import jp.kumiaidesk.base.UnionTime;

/**
 * An audit entry's details as a reader understands them. Entries store technical details (enum names, "hash …",
 * "12 rows") so they stay comparable over the years; they are translated when shown, and an entry this does not
 * know is shown as stored.
 */
final class AuditDetails {

    private static final Pattern ENUM = Pattern.compile("[A-Z][A-Z_]*");
    private static final Pattern METRICS = Pattern.compile("([A-Z]+) (\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern COUNT = Pattern.compile("(\\d+)( rows| people)?");
    private static final Pattern LISTED = Pattern.compile("offset (\\d+), (\\d+) rows");
    private static final Pattern IMPORTED = Pattern.compile("(\\d+) rows, (\\d+) rows with errors left out");
    private static final Pattern HASH = Pattern.compile("(?:revision (\\d+), )?hash ([0-9a-f]{8,})");
    private static final Pattern USER = Pattern.compile("(\\S+) roles=\\[([A-Z_, ]*)\\] workplaces=\\[([0-9, ]*)\\]"
            + "( disabled)?");
    private static final Pattern POSTED = Pattern.compile("(\\S+) hash ([0-9a-f]{8,})");
    private static final Pattern POLICY = Pattern.compile("(\\d+) / ([^/]*) / (\\d+)h");

    private final Component view;
    private final Supplier<Locale> locale;

    AuditDetails(Component view, Supplier<Locale> locale) {
        this.view = view;
        this.locale = locale;
    }

    String of(String action, String details) {
        if (details == null || details.isBlank()) {
            return "";
        }
        String d = details.strip();
        Matcher m;
        return switch (action) {
            case "hire.status-changed", "hire.updated" -> ENUM.matcher(d).matches() ? known("hire.status." + d, d) : d;
            case "hire.contacted" -> ENUM.matcher(d).matches() ? known("hire.contact-method." + d, d) : d;
            case "sns.metrics-recorded" -> (m = METRICS.matcher(d)).matches()
                    ? known("sns.network." + m.group(1).toLowerCase(Locale.ROOT), m.group(1)) + " "
                            + date(m.group(2))
                    : d;
            case "hire.exported", "cohort.purged" -> (m = COUNT.matcher(d)).matches()
                    ? t("audit.detail.count", Integer.parseInt(m.group(1))) : d;
            case "hire.listed" -> (m = LISTED.matcher(d)).matches()
                    ? t("audit.detail.listed", Integer.parseInt(m.group(1)) + 1, Integer.parseInt(m.group(2))) : d;
            case "hire.imported" -> (m = IMPORTED.matcher(d)).matches()
                    ? t("audit.detail.imported", Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))) : d;
            case "user.created", "user.updated" -> (m = USER.matcher(d)).matches() ? user(m) : d;
            case "approval.policy-changed" -> (m = POLICY.matcher(d)).matches()
                    ? t("audit.detail.policy", Integer.parseInt(m.group(1)),
                            m.group(2).isBlank() ? t("audit.detail.none") : m.group(2).replace(",", "、"),
                            Integer.parseInt(m.group(3)))
                    : d;
            case "image.consent" -> d.equals("nobody pictured") ? t("audit.detail.nobody-pictured")
                    : d.startsWith("people pictured: ") ? t("audit.detail.people-pictured",
                            d.substring("people pictured: ".length())) : d;
            case "sns.review-exported" -> d.toUpperCase(Locale.ROOT);
            case "sns.posted" -> (m = POSTED.matcher(d)).matches()
                    ? m.group(1) + " " + t("audit.detail.hash", shortHash(m.group(2))) : d;
            default -> (m = HASH.matcher(d)).matches() ? (m.group(1) == null ? t("audit.detail.hash", shortHash(m.group(2)))
                    : t("audit.detail.revision-hash", Integer.parseInt(m.group(1)), shortHash(m.group(2)))) : d;
        };
    }

    private static String shortHash(String hash) {
        return hash.substring(0, Math.min(12, hash.length()));
    }

    private String user(Matcher m) {
        String roles = Arrays.stream(m.group(2).split(",")).map(String::strip).filter(r -> !r.isEmpty())
                .map(r -> known("role." + r, r)).collect(Collectors.joining("、"));
        return t("audit.detail.user", m.group(1), roles.isEmpty() ? t("audit.detail.none") : roles,
                m.group(3).isBlank() ? t("audit.detail.none") : m.group(3))
                + (m.group(4) == null ? "" : " " + t("audit.detail.disabled"));
    }

    private String date(String iso) {
        try {
            return UnionTime.date(LocalDate.parse(iso), locale.get());
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    private String known(String key, String fallback) {
        String text = view.getTranslation(key);
        return text == null || text.equals(key) || text.startsWith("!") ? fallback : text;
    }

    private String t(String key, Object... arguments) {
        return view.getTranslation(key, arguments);
    }
}
