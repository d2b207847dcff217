package jp.kumiaidesk.sns;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kumiaidesk.audit.AuditEntry;
import jp.kumiaidesk.base.FieldRejectedException;
import jp.kumiaidesk.base.HtmlPdf;
import jp.kumiaidesk.base.NotFoundException;
import jp.kumiaidesk.base.SystemAuthentication;
import jp.kumiaidesk.base.UnionTime;
import jp.kumiaidesk.sns.SnsViews.CalendarEntry;
import jp.kumiaidesk.sns.SnsViews.Metrics;
import jp.kumiaidesk.sns.SnsViews.MonthlyPost;

/**
 * What happens after approval: the calendar of scheduled and posted drafts, the figures each network shows for a
 * post (typed in or imported from CSV), and the monthly review the PR committee holds.
 */
@Service
public class SnsResultsService {

    public static final String FIELD_MEASURED_ON = "measuredOn";
    public static final String FIELD_FIGURES = "figures";
    public static final long MAX_FIGURE = 10_000_000_000L;

    private final SnsDraftRepository drafts;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final HtmlPdf pdf;
    private final String unionName;

    SnsResultsService(SnsDraftRepository drafts, JdbcTemplate jdbc, ApplicationEventPublisher events, HtmlPdf pdf,
            @org.springframework.beans.factory.annotation.Value("${kd.union-name}") String unionName) {
        this.pdf = pdf;
        this.unionName = unionName;
        this.drafts = drafts;
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Scheduled (in review or approved) and posted drafts between two days, filtered by network and campaign. */
    @PreAuthorize(SnsDraftService.CAN_WRITE)
    @Transactional(readOnly = true)
    public List<CalendarEntry> calendar(LocalDate from, LocalDate toExclusive, Network network, Long campaignId) {
        Map<Long, String> campaigns = new HashMap<>();
        jdbc.query("select id, name from sns_campaign", rs -> {
            campaigns.put(rs.getLong(1), rs.getString(2));
        });
        return drafts.findForCalendar(from.atStartOfDay(UnionTime.ZONE).toInstant(),
                toExclusive.atStartOfDay(UnionTime.ZONE).toInstant()).stream()
                .filter(d -> d.state() != DraftState.DRAFT && d.state() != DraftState.EXPIRED)
                .filter(d -> network == null || d.networks().contains(network))
                .filter(d -> campaignId == null || campaignId.equals(d.campaignId()))
                .map(d -> new CalendarEntry(d.getId(), d.title(), d.state(), d.networks(),
                        d.postedAt() != null ? d.postedAt() : d.postAt(),
                        d.campaignId() == null ? null : campaigns.get(d.campaignId())))
                .sorted(Comparator.comparing(CalendarEntry::at)).toList();
    }

    /** Records (or corrects) the figures one network shows for a posted draft on one day. */
    @PreAuthorize(SnsDraftService.CAN_WRITE)
    @Transactional
    public void recordMetrics(long draftId, Metrics metrics) {
        SnsDraft draft = drafts.findById(draftId).orElseThrow(() -> new NotFoundException("sns_draft", draftId));
        if (draft.state() != DraftState.POSTED) {
            throw new FieldRejectedException(FIELD_FIGURES, "sns.error.not-posted");
        }
        check(metrics);
        jdbc.update("insert into sns_metrics (draft_id, network, measured_on, impressions, reposts, likes, replies, "
                + "link_clicks, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?) on duplicate key update "
                + "impressions = values(impressions), reposts = values(reposts), likes = values(likes), "
                + "replies = values(replies), link_clicks = values(link_clicks), recorded_by = values(recorded_by)",
                draftId, metrics.network().name(), Date.valueOf(metrics.measuredOn()), metrics.impressions(),
                metrics.reposts(), metrics.likes(), metrics.replies(), metrics.linkClicks(),
                SystemAuthentication.currentActor());
        events.publishEvent(AuditEntry.now("sns.metrics-recorded", "sns_draft", draftId,
                metrics.network() + " " + metrics.measuredOn()));
    }

    @PreAuthorize(SnsDraftService.CAN_WRITE)
    @Transactional(readOnly = true)
    public List<Metrics> metrics(long draftId) {
        return jdbc.query("select network, measured_on, impressions, reposts, likes, replies, link_clicks from "
                + "sns_metrics where draft_id = ? order by measured_on desc, network", (rs, i) -> new Metrics(
                        Network.valueOf(rs.getString(1)), rs.getDate(2).toLocalDate(), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6), rs.getLong(7)), draftId);
    }

    /** The result of a CSV import: rows stored, or the row errors (then nothing was stored). */
    public record ImportResult(int stored, List<String> errors) {
    }

    /**
     * Imports figures from CSV (UTF-8, with or without BOM), one row per post, network and day. Columns, in Japanese
     * or English: 投稿URL/url, ネットワーク/network, 計測日/date, 表示回数/impressions, リポスト/reposts, いいね/likes,
     * 返信/replies, リンククリック/link_clicks. All rows or none.
     */
    @PreAuthorize(SnsDraftService.CAN_WRITE)
    @Transactional
    public ImportResult importMetrics(byte[] csv) {
        List<String> errors = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(csv), StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                        .setIgnoreHeaderCase(true).setTrim(true).get().parse(reader)) {
            Map<String, String> columns = columns(parser.getHeaderNames());
            for (String needed : List.of("url", "network", "date")) {
                if (!columns.containsKey(needed)) {
                    return new ImportResult(0, List.of("sns.import.missing-column:" + needed));
                }
            }
            for (CSVRecord record : parser) {
                long line = record.getRecordNumber() + 1;
                try {
                    String url = record.get(columns.get("url"));
                    SnsDraft draft = drafts.findFirstByPostUrl(url).orElse(null);
                    if (draft == null) {
                        errors.add(line + ": sns.import.unknown-url");
                        continue;
                    }
                    Network network = network(record.get(columns.get("network")));
                    if (network == null) {
                        errors.add(line + ": sns.import.unknown-network");
                        continue;
                    }
                    Metrics m = new Metrics(network, LocalDate.parse(record.get(columns.get("date")).replace('/', '-')),
                            number(record, columns, "impressions"), number(record, columns, "reposts"),
                            number(record, columns, "likes"), number(record, columns, "replies"),
                            number(record, columns, "link_clicks"));
                    check(m);
                    rows.add(new Object[] { draft.getId(), m });
                } catch (DateTimeParseException e) {
                    errors.add(line + ": sns.import.bad-date");
                } catch (NumberFormatException | FieldRejectedException e) {
                    errors.add(line + ": sns.import.bad-number");
                }
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            return new ImportResult(0, List.of("sns.import.unreadable"));
        }
        if (!errors.isEmpty()) {
            return new ImportResult(0, errors);
        }
        for (Object[] row : rows) {
            recordMetrics((Long) row[0], (Metrics) row[1]);
        }
        return new ImportResult(rows.size(), List.of());
    }

    /** Posts of a month (Japan time), ranked by impressions, with each network's latest figures summed. */
    @PreAuthorize(SnsDraftService.CAN_WRITE)
    @Transactional(readOnly = true)
    public List<MonthlyPost> monthlyReview(YearMonth month) {
        Instant from = month.atDay(1).atStartOfDay(UnionTime.ZONE).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(UnionTime.ZONE).toInstant();
        List<SnsDraft> posted = drafts.findPosted(from, to);
        Map<Long, long[]> totals = new HashMap<>();
        // the latest measurement of each network counts: figures grow, they do not add up across days
        jdbc.query("select m.draft_id, m.impressions, m.reposts, m.likes, m.replies, m.link_clicks from sns_metrics m "
                + "join sns_draft d on d.id = m.draft_id where d.state = 'POSTED' and d.posted_at >= ? and "
                + "d.posted_at < ? and m.measured_on = (select max(n.measured_on) from sns_metrics n where "
                + "n.draft_id = m.draft_id and n.network = m.network)", rs -> {
                    long[] t = totals.computeIfAbsent(rs.getLong(1), k -> new long[5]);
                    for (int i = 0; i < 5; i++) {
                        t[i] += rs.getLong(i + 2);
                    }
                }, java.sql.Timestamp.from(from), java.sql.Timestamp.from(to));
        return posted.stream().map(d -> {
            long[] t = totals.getOrDefault(d.getId(), new long[5]);
            return new MonthlyPost(d.getId(), d.title(), d.networks(), d.postedAt(), d.postUrl(), t[0], t[1], t[2],
                    t[3], t[4]);
        }).sorted(Comparator.comparingLong(MonthlyPost::impressions).reversed()
                .thenComparing(Comparator.comparingLong(MonthlyPost::engagement).reversed())).toList();
    }

    /** The monthly review as CSV for the PR committee (BOM, so Excel opens it in Japanese). */
    @PreAuthorize(SnsDraftService.CAN_WRITE)
    @Transactional
    public byte[] monthlyReviewCsv(YearMonth month, Locale locale) {
        StringBuilder out = new StringBuilder("\uFEFF");
        boolean ja = locale == null || "ja".equals(locale.getLanguage());
        out.append(ja ? "順位,タイトル,投稿日時,ネットワーク,表示回数,エンゲージメント,エンゲージメント率(%),リポスト,いいね,返信,リンククリック,URL"
                : "Rank,Title,Posted,Networks,Impressions,Engagement,Engagement rate (%),Reposts,Likes,Replies,Link clicks,URL")
                .append("\r\n");
        int rank = 1;
        for (MonthlyPost p : monthlyReview(month)) {
            out.append(rank++).append(',').append(csv(p.title())).append(',')
                    .append(csv(UnionTime.dateTime(p.postedAt(), locale))).append(',')
                    .append(csv(p.networks().toString())).append(',').append(p.impressions()).append(',')
                    .append(p.engagement()).append(',').append(String.format(Locale.ROOT, "%.1f", p.engagementRate()))
                    .append(',').append(p.reposts()).append(',').append(p.likes()).append(',').append(p.replies())
                    .append(',').append(p.linkClicks()).append(',').append(csv(p.postUrl())).append("\r\n");
        }
        events.publishEvent(AuditEntry.now("sns.review-exported", "sns_review", month.toString(), "csv"));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The monthly review as an A4 PDF for the PR committee's meeting: the ranking with bars for impressions, and the
     * figures. Japanese text in the embedded IPAex Gothic.
     */
    @PreAuthorize(SnsDraftService.CAN_WRITE)
    @Transactional
    public byte[] monthlyReviewPdf(YearMonth month, Locale locale) {
        boolean ja = locale == null || "ja".equals(locale.getLanguage());
        List<MonthlyPost> posts = monthlyReview(month);
        long top = posts.stream().mapToLong(MonthlyPost::impressions).max().orElse(0);
        StringBuilder rows = new StringBuilder();
        int rank = 1;
        for (MonthlyPost p : posts) {
            int width = top == 0 ? 0 : (int) Math.round(p.impressions() * 100.0 / top);
            rows.append("<tr><td class=\"n\">").append(rank++).append("</td><td>").append(escape(p.title()))
                    .append("<div class=\"bar\" style=\"width: ").append(width).append("%\"></div></td><td>")
                    .append(escape(UnionTime.dateTime(p.postedAt(), locale))).append("</td><td class=\"n\">")
                    .append(String.format(Locale.ROOT, "%,d", p.impressions())).append("</td><td class=\"n\">")
                    .append(String.format(Locale.ROOT, "%,d", p.engagement())).append("</td><td class=\"n\">")
                    .append(String.format(Locale.ROOT, "%.1f%%", p.engagementRate())).append("</td></tr>");
        }
        if (posts.isEmpty()) {
            rows.append("<tr><td colspan=\"6\">").append(ja ? "この月の投稿はありません" : "No posts this month")
                    .append("</td></tr>");
        }
        long impressions = posts.stream().mapToLong(MonthlyPost::impressions).sum();
        long engagement = posts.stream().mapToLong(MonthlyPost::engagement).sum();
        String title = ja ? month.getYear() + "年" + month.getMonthValue() + "月 SNS月次ふりかえり"
                : "SNS monthly review " + month;
        String xhtml = "<html><head><style>"
                + "@page { size: A4; margin: 16mm 14mm; }"
                + "body { font-family: " + HtmlPdf.FONT_FAMILY + "; font-size: 10pt; color: #222; }"
                + "h1 { font-size: 18pt; color: #1a4e8a; margin: 0 0 2mm 0; }"
                + ".union { color: #1a4e8a; font-size: 10pt; } .summary { margin: 3mm 0 5mm 0; }"
                + "table { width: 100%; border-collapse: collapse; } th { background: #1a4e8a; color: white; "
                + "font-weight: normal; text-align: left; padding: 1.5mm; } td { border-bottom: 0.3mm solid #ccd; "
                + "padding: 1.5mm; vertical-align: top; } .n { text-align: right; white-space: nowrap; }"
                + ".bar { background: #7aaee6; height: 2mm; margin-top: 1mm; }"
                + "</style></head><body><div class=\"union\">" + escape(unionName) + "</div><h1>" + escape(title)
                + "</h1><div class=\"summary\">" + (ja ? "投稿 " + posts.size() + "件・表示回数 合計 "
                        : posts.size() + " posts, impressions ") + String.format(Locale.ROOT, "%,d", impressions)
                + (ja ? "・エンゲージメント 合計 " : ", engagement ") + String.format(Locale.ROOT, "%,d", engagement)
                + "</div><table><thead><tr><th>#</th><th>" + (ja ? "タイトル" : "Title") + "</th><th>"
                + (ja ? "投稿日時" : "Posted") + "</th><th>" + (ja ? "表示回数" : "Impressions") + "</th><th>"
                + (ja ? "エンゲージメント" : "Engagement") + "</th><th>" + (ja ? "率" : "Rate")
                + "</th></tr></thead><tbody>" + rows + "</tbody></table></body></html>";
        events.publishEvent(AuditEntry.now("sns.review-exported", "sns_review", month.toString(), "pdf"));
        return pdf.render(xhtml);
    }

    private static String escape(String text) {
        return text == null ? "" : org.springframework.web.util.HtmlUtils.htmlEscape(text, "UTF-8");
    }

    /** Quotes a CSV cell and disarms formulas (a title starting with "=" must not run in Excel). */
    static String csv(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }

    private static void check(Metrics m) {
        if (m.measuredOn() == null) {
            throw new FieldRejectedException(FIELD_MEASURED_ON, "validation.required");
        }
        if (m.measuredOn().isAfter(UnionTime.today().plusDays(1))) {
            throw new FieldRejectedException(FIELD_MEASURED_ON, "sns.error.measured-future");
        }
        for (long figure : new long[] { m.impressions(), m.reposts(), m.likes(), m.replies(), m.linkClicks() }) {
            if (figure < 0 || figure > MAX_FIGURE) {
                throw new FieldRejectedException(FIELD_FIGURES, "sns.error.figures");
            }
        }
    }

    private static Map<String, String> columns(List<String> headers) {
        Map<String, String> aliases = Map.ofEntries(Map.entry("投稿url", "url"), Map.entry("url", "url"),
                Map.entry("ネットワーク", "network"), Map.entry("network", "network"), Map.entry("計測日", "date"),
                Map.entry("date", "date"), Map.entry("表示回数", "impressions"), Map.entry("impressions", "impressions"),
                Map.entry("リポスト", "reposts"), Map.entry("reposts", "reposts"), Map.entry("いいね", "likes"),
                Map.entry("likes", "likes"), Map.entry("返信", "replies"), Map.entry("replies", "replies"),
                Map.entry("リンククリック", "link_clicks"), Map.entry("link_clicks", "link_clicks"));
        Map<String, String> found = new HashMap<>();
        for (String header : headers) {
            String key = aliases.get(header.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT));
            if (key != null) {
                found.put(key, header);
            }
        }
        return found;
    }

    private static long number(CSVRecord record, Map<String, String> columns, String column) {
        String header = columns.get(column);
        if (header == null) {
            return 0;
        }
        String value = record.get(header).replace(",", "").strip();
        return value.isEmpty() ? 0 : Long.parseLong(value);
    }

    private static Network network(String value) {
        String v = value.strip().toUpperCase(Locale.ROOT);
        for (Network n : Network.values()) {
            if (n.name().equals(v) || ("LINE公式アカウント".equalsIgnoreCase(value.strip()) && n == Network.LINE)) {
                return n;
            }
        }
        return "TWITTER".equals(v) ? Network.X : null;
    }
}
