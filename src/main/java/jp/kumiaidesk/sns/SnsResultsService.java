package jp.kumiaidesk.sns;

import static jp.kumiaidesk.base.HtmlText.escape;

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
import jp.kumiaidesk.base.OfficeCsv;
import jp.kumiaidesk.base.SystemAuthentication;
import jp.kumiaidesk.base.TransactionRetry;
import jp.kumiaidesk.base.Translations;
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
    public static final String FIELD_POST_URL = "postUrl";
    public static final long MAX_FIGURE = 10_000_000_000L;

    private final SnsDraftRepository drafts;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final HtmlPdf pdf;
    private final String unionName;
    private final Translations texts;

    private final TransactionRetry retry;

    SnsResultsService(SnsDraftRepository drafts, JdbcTemplate jdbc, ApplicationEventPublisher events, HtmlPdf pdf,
            Translations texts,
            @org.springframework.beans.factory.annotation.Value("${kd.union-name}") String unionName,
            TransactionRetry retry) {
        this.retry = retry;
        this.texts = texts;
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

    /** One problem of an import: the row (null for the whole file), a translation key and its argument. */
    public record ImportProblem(Long line, String key, String argument) {
    }

    /** The result of a CSV import: rows stored, or the problems (then nothing was stored). */
    public record ImportResult(int stored, List<ImportProblem> errors) {
    }

    /** The URL of a posted draft on one network (a post sent to X, Facebook and LINE has three). */
    @PreAuthorize(SnsDraftService.CAN_WRITE)
    @Transactional
    public void recordPostUrl(long draftId, Network network, String url) {
        SnsDraft draft = drafts.findById(draftId).orElseThrow(() -> new NotFoundException("sns_draft", draftId));
        if (draft.state() != DraftState.POSTED) {
            throw new FieldRejectedException(FIELD_POST_URL, "sns.error.not-posted");
        }
        if (network == null || !draft.networks().contains(network)) {
            throw new FieldRejectedException(FIELD_POST_URL, "sns.error.url-network");
        }
        String clean = url == null ? "" : url.strip();
        if (clean.isEmpty()) {
            jdbc.update("delete from sns_post_url where draft_id = ? and network = ?", draftId, network.name());
            return;
        }
        if (clean.length() > SnsDraftService.URL_MAX_LENGTH || !PostUrls.URL.matcher(clean).matches()) {
            throw new FieldRejectedException(FIELD_POST_URL, "sns.error.url");
        }
        if (PostUrls.networkOf(clean).map(n -> n != network).orElse(false)) {
            throw new FieldRejectedException(FIELD_POST_URL, "sns.error.url-other-network");
        }
        PostUrls.store(jdbc, draftId, network, clean);
        events.publishEvent(AuditEntry.now("sns.post-url", "sns_draft", draftId, network + " " + clean));
    }

    /** Each network's URL of a posted draft, in the order of the networks. */
    @PreAuthorize(SnsDraftService.CAN_WRITE)
    @Transactional(readOnly = true)
    public Map<Network, String> postUrls(long draftId) {
        Map<Network, String> urls = new java.util.EnumMap<>(Network.class);
        jdbc.query("select network, url from sns_post_url where draft_id = ?", rs -> {
            urls.put(Network.valueOf(rs.getString(1)), rs.getString(2));
        }, draftId);
        return urls;
    }

    /**
     * Imports figures from CSV as offices produce it: UTF-8 (BOM or not) or Shift_JIS as Excel saves it, one row per
     * post, network and day. Headers in Japanese or English, also as Excel exports and people name them (投稿URL,
     * URL, リンク; ネットワーク, SNS, 媒体; 計測日, 日付; 表示回数, インプレッション; リポスト, リツイート, シェア;
     * いいね; 返信, コメント; リンククリック, クリック数). A URL recorded for one network of a post identifies the post
     * and the network; the network column may then be left out. All rows or none.
     */
    @PreAuthorize(SnsDraftService.CAN_WRITE)
    public ImportResult importMetrics(byte[] csv) {
        return retry.inTransaction("import of SNS metrics", () -> {
            List<ImportProblem> errors = new ArrayList<>();
            List<Object[]> rows = new ArrayList<>();
            try (Reader reader = OfficeCsv.reader(csv);
                    CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                            .setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).setTrim(true).get()
                            .parse(reader)) {
                Map<String, String> columns = columns(parser.getHeaderNames());
                for (String needed : List.of("url", "date")) {
                    if (!columns.containsKey(needed)) {
                        return new ImportResult(0, List.of(new ImportProblem(null, "sns.import.missing-column." + needed,
                                String.join("、", parser.getHeaderNames()))));
                    }
                }
                for (CSVRecord record : parser) {
                    long line = record.getRecordNumber() + 1;
                    String url = record.get(columns.get("url")).strip();
                    if (url.isEmpty() && record.stream().allMatch(String::isBlank)) {
                        continue;
                    }
                    PostRef post = post(url);
                    if (post == null) {
                        errors.add(new ImportProblem(line, "sns.import.unknown-url", url));
                        continue;
                    }
                    String named = columns.containsKey("network") ? record.get(columns.get("network")) : "";
                    Network network = named.isBlank() ? post.network() : PostUrls.named(named).orElse(null);
                    if (network == null) {
                        errors.add(new ImportProblem(line, named.isBlank() ? "sns.import.missing-network"
                                : "sns.import.unknown-network", named));
                        continue;
                    }
                    if (post.network() != null && post.network() != network) {
                        errors.add(new ImportProblem(line, "sns.import.url-other-network", named));
                        continue;
                    }
                    LocalDate measuredOn = OfficeCsv.date(record.get(columns.get("date")));
                    if (measuredOn == null) {
                        errors.add(new ImportProblem(line, "sns.import.bad-date", record.get(columns.get("date"))));
                        continue;
                    }
                    try {
                        Metrics m = new Metrics(network, measuredOn, number(record, columns, "impressions"),
                                number(record, columns, "reposts"), number(record, columns, "likes"),
                                number(record, columns, "replies"), number(record, columns, "link_clicks"));
                        check(m);
                        rows.add(new Object[] { post.draftId(), m });
                    } catch (NumberFormatException | FieldRejectedException e) {
                        errors.add(new ImportProblem(line, "sns.import.bad-number", null));
                    }
                }
            } catch (IOException | IllegalArgumentException | IllegalStateException
                    | java.io.UncheckedIOException e) {
                return new ImportResult(0, List.of(new ImportProblem(null, "sns.import.unreadable", null)));
            }
            if (!errors.isEmpty()) {
                return new ImportResult(0, errors);
            }
            for (Object[] row : rows) {
                recordMetrics((Long) row[0], (Metrics) row[1]);
            }
            return new ImportResult(rows.size(), List.of());
        });
    }

    /** A posted draft found by one of its URLs, and the network of that URL (null: the draft's old single URL). */
    private record PostRef(long draftId, Network network) {
    }

    private PostRef post(String url) {
        List<PostRef> byNetwork = jdbc.query("select u.draft_id, u.network from sns_post_url u join sns_draft d on "
                + "d.id = u.draft_id where u.url = ? and d.state = 'POSTED'", (rs, i) -> new PostRef(rs.getLong(1),
                        Network.valueOf(rs.getString(2))), url);
        if (!byNetwork.isEmpty()) {
            return byNetwork.getFirst();
        }
        return drafts.findFirstByPostUrl(url).filter(d -> d.state() == DraftState.POSTED)
                .map(d -> new PostRef(d.getId(), null)).orElse(null);
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

    /** The monthly review as CSV for the PR committee (BOM, so Excel opens it in Japanese), in the user's language. */
    @PreAuthorize(SnsDraftService.CAN_WRITE)
    @Transactional
    public byte[] monthlyReviewCsv(YearMonth month, Locale locale) {
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append(String.join(",", REVIEW_COLUMNS.stream().map(c -> csv(texts.text(locale, "sns.csv." + c)))
                .toList())).append("\r\n");
        int rank = 1;
        for (MonthlyPost p : monthlyReview(month)) {
            out.append(rank++).append(',').append(csv(p.title())).append(',')
                    .append(csv(Translations.fileDateTime(p.postedAt(), locale))).append(',')
                    .append(csv(networks(p.networks(), locale))).append(',').append(p.impressions()).append(',')
                    .append(p.engagement()).append(',').append(String.format(Locale.ROOT, "%.1f", p.engagementRate()))
                    .append(',').append(p.reposts()).append(',').append(p.likes()).append(',').append(p.replies())
                    .append(',').append(p.linkClicks()).append(',').append(csv(p.postUrl())).append("\r\n");
        }
        events.publishEvent(AuditEntry.now("sns.review-exported", "sns_review", month.toString(), "csv"));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static final List<String> REVIEW_COLUMNS = List.of("rank", "title", "posted-at", "networks",
            "impressions", "engagement", "engagement-rate", "reposts", "likes", "replies", "link-clicks", "url");

    private String networks(java.util.Collection<Network> networks, Locale locale) {
        return networks.stream().map(n -> texts.text(locale, n.labelKey()))
                .collect(java.util.stream.Collectors.joining(Translations.isJapanese(locale) ? "、" : ", "));
    }

    /**
     * The monthly review as an A4 PDF for the PR committee's meeting: the ranking with bars for impressions, and the
     * figures, in the user's language. Japanese text in the embedded IPAex Gothic.
     */
    @PreAuthorize(SnsDraftService.CAN_WRITE)
    @Transactional
    public byte[] monthlyReviewPdf(YearMonth month, Locale locale) {
        List<MonthlyPost> posts = monthlyReview(month);
        long top = posts.stream().mapToLong(MonthlyPost::impressions).max().orElse(0);
        StringBuilder rows = new StringBuilder();
        int rank = 1;
        for (MonthlyPost p : posts) {
            int width = top == 0 ? 0 : (int) Math.round(p.impressions() * 100.0 / top);
            rows.append("<tr><td class=\"n\">").append(rank++).append("</td><td>").append(escape(p.title()))
                    .append("<div class=\"bar\" style=\"width: ").append(width).append("%\"></div></td><td>")
                    .append(escape(UnionTime.dateTime(p.postedAt(), locale))).append("</td><td>")
                    .append(escape(networks(p.networks(), locale))).append("</td><td class=\"n\">")
                    .append(String.format(Locale.ROOT, "%,d", p.impressions())).append("</td><td class=\"n\">")
                    .append(String.format(Locale.ROOT, "%,d", p.engagement())).append("</td><td class=\"n\">")
                    .append(String.format(Locale.ROOT, "%.1f%%", p.engagementRate())).append("</td></tr>");
        }
        if (posts.isEmpty()) {
            rows.append("<tr><td colspan=\"7\">").append(escape(texts.text(locale, "sns.review-none")))
                    .append("</td></tr>");
        }
        long impressions = posts.stream().mapToLong(MonthlyPost::impressions).sum();
        long engagement = posts.stream().mapToLong(MonthlyPost::engagement).sum();
        String title = texts.text(locale, "sns.pdf.title", month.getYear(), month.getMonthValue());
        StringBuilder head = new StringBuilder();
        for (String column : List.of("rank", "title-column", "posted-at", "networks", "impressions", "engagement",
                "engagement-rate")) {
            head.append("<th>").append(escape(texts.text(locale, "sns.pdf." + column))).append("</th>");
        }
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
                + "</h1><div class=\"summary\">" + escape(texts.text(locale, "sns.pdf.summary", posts.size(),
                        String.format(Locale.ROOT, "%,d", impressions), String.format(Locale.ROOT, "%,d", engagement)))
                + "</div><table><thead><tr>" + head + "</tr></thead><tbody>" + rows + "</tbody></table></body></html>";
        events.publishEvent(AuditEntry.now("sns.review-exported", "sns_review", month.toString(), "pdf"));
        return pdf.render(xhtml);
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

    /** Header names offices use, folded (full-width to ASCII, lower case, no spaces, no trailing 数). */
    private static final Map<String, String> HEADERS = Map.ofEntries(Map.entry("投稿url", "url"),
            Map.entry("url", "url"), Map.entry("投稿のurl", "url"), Map.entry("リンク", "url"), Map.entry("link", "url"),
            Map.entry("posturl", "url"), Map.entry("permalink", "url"), Map.entry("投稿リンク", "url"),
            Map.entry("ネットワーク", "network"), Map.entry("network", "network"), Map.entry("sns", "network"),
            Map.entry("媒体", "network"), Map.entry("サービス", "network"), Map.entry("platform", "network"),
            Map.entry("プラットフォーム", "network"), Map.entry("投稿先", "network"), Map.entry("計測日", "date"),
            Map.entry("date", "date"), Map.entry("日付", "date"), Map.entry("集計日", "date"),
            Map.entry("測定日", "date"), Map.entry("取得日", "date"), Map.entry("表示回", "impressions"),
            Map.entry("impressions", "impressions"), Map.entry("インプレッション", "impressions"),
            Map.entry("閲覧", "impressions"), Map.entry("表示", "impressions"), Map.entry("views", "impressions"),
            Map.entry("リポスト", "reposts"), Map.entry("reposts", "reposts"), Map.entry("リツイート", "reposts"),
            Map.entry("retweets", "reposts"), Map.entry("シェア", "reposts"), Map.entry("shares", "reposts"),
            Map.entry("共有", "reposts"), Map.entry("いいね", "likes"), Map.entry("いいね!", "likes"),
            Map.entry("likes", "likes"), Map.entry("リアクション", "likes"), Map.entry("reactions", "likes"),
            Map.entry("返信", "replies"), Map.entry("replies", "replies"), Map.entry("コメント", "replies"),
            Map.entry("comments", "replies"), Map.entry("リンククリック", "link_clicks"),
            Map.entry("link_clicks", "link_clicks"), Map.entry("linkclicks", "link_clicks"),
            Map.entry("クリック", "link_clicks"), Map.entry("リンクのクリック", "link_clicks"),
            Map.entry("urlclicks", "link_clicks"));

    private static Map<String, String> columns(List<String> headers) {
        Map<String, String> found = new HashMap<>();
        for (String header : headers) {
            String folded = OfficeCsv.key(header).replaceAll("[\\s　]", "").replaceFirst("(件)?数$", "");
            String key = HEADERS.get(folded);
            if (key == null) {
                key = HEADERS.get(folded.replace("_", ""));
            }
            if (key != null && !found.containsKey(key)) {
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
        String value = OfficeCsv.key(record.get(header)).replace(",", "").replace(" ", "");
        return value.isEmpty() || value.equals("-") ? 0 : Long.parseLong(value);
    }
}
