package jp.kumiaidesk.sns;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import jp.kumiaidesk.approval.ApprovalKind;
import jp.kumiaidesk.approval.Verdict;
import jp.kumiaidesk.base.DemoMode;
import jp.kumiaidesk.base.LargeDemoData;
import jp.kumiaidesk.base.UnionTime;

/**
 * 300 drafts over five months in every state, with the trail each state implies: revisions (some drafts edited
 * once), the executives' decisions and checklist ticks bound to the content hash, comments on the ones sent back,
 * posted URLs and figures. Entities are built as the service builds them (so the hash and the snapshot are the real
 * ones) and written in bulk.
 */
@Component
class SnsLargeDemoData extends LargeDemoData {

    static final int DRAFTS = 300;

    private static final String[] AUTHORS = {"shokikyoku", "shokikyoku2", "shokikyoku3", "seinenbu", "soshiki01",
        "soshiki02"};
    private static final String[] EXECUTIVES = {"iinchou", "shokichou", "fukuiinchou1", "fukuiinchou2",
        "shokijichou", "shikkou1", "shikkou2", "shikkou3"};
    private static final String[] TOPICS = {"団体交渉の報告", "職場集会のお知らせ", "青年部交流会", "署名のお願い",
        "学習会のご案内", "組合加入のご案内", "平和行進に参加しました", "春闘決起集会", "メーデーに参加しよう",
        "保育士の増員を求めます", "会計年度任用職員の処遇改善", "ハラスメント相談窓口", "女性部の集い",
        "清掃職場の人員確保", "病院職場の夜勤体制", "組合だより最新号"};
    private static final String[] SENTENCES = {"本日、市当局と団体交渉を行いました。", "多くの組合員に参加いただきました。",
        "職場の声を当局に届けるため、アンケートへのご協力をお願いします。", "若い職員が安心して働ける職場をつくりましょう。",
        "人員不足は住民サービスの低下につながります。", "引き続き粘り強く交渉していきます。",
        "詳しくは職場の組合役員まで。", "申し込みは各職場の青年部役員へ。", "組合員でなくても参加できます。",
        "休暇の取り方や給料のしくみを先輩が説明します。", "会場は市役所本庁舎 7階 大会議室です。",
        "オンラインでも参加できます https://example.jp/live"};
    private static final String[] TAGS = {"#市職労", "#青年部", "#人員確保", "#賃金確定闘争", "#春闘", "#保育士を増やして",
        "#会計年度任用職員", "#公務労働"};
    private static final String[] ACCOUNTS = {SnsDraftService.UNION_ACCOUNT, "青年部アカウント", "女性部アカウント"};
    private static final String[] CAMPAIGNS = {"2026春闘", "新規採用者歓迎キャンペーン", "人員確保署名", "平和行進2026"};

    private final SnsDraftRepository drafts;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    SnsLargeDemoData(DemoMode demoMode, SnsDraftRepository drafts, JdbcTemplate jdbc, Clock clock) {
        super(demoMode);
        this.drafts = drafts;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public int order() {
        return AFTER_SMALL + 60;
    }

    @Override
    protected void seedLarge() {
        Random random = random("sns");
        Instant now = clock.instant();
        List<Long> campaigns = new ArrayList<>();
        for (String name : CAMPAIGNS) {
            jdbc.update("insert into sns_campaign (name, hashtag) values (?, ?)", name,
                    "#" + name.replace("2026", ""));
            campaigns.add(jdbc.queryForObject("select id from sns_campaign where name = ?", Long.class, name));
        }
        Trail trail = new Trail();
        DraftState[] states = DraftState.values();
        for (int i = 0; i < DRAFTS; i++) {
            // posted ones are the most common; every state gets its share
            DraftState state = i % 3 == 0 ? DraftState.POSTED : states[random.nextInt(states.length)];
            String author = AUTHORS[random.nextInt(AUTHORS.length)];
            SnsDraft draft = build(i, state, author, campaigns, random, now, trail);
            trail.drafts.add(draft);
        }
        drafts.saveAllAndFlush(trail.drafts);
        trail.write(jdbc, random);
    }

    private SnsDraft build(int i, DraftState state, String author, List<Long> campaigns, Random random, Instant now,
            Trail trail) {
        Instant postAt = switch (state) {
            case POSTED, EXPIRED -> now.minus(Duration.ofHours(6 + random.nextInt(24 * 120)));
            case REJECTED -> now.plus(Duration.ofHours(random.nextInt(24 * 60) - 24 * 30));
            case DRAFT -> random.nextInt(4) == 0 ? null : now.plus(Duration.ofHours(12 + random.nextInt(24 * 45)));
            default -> now.plus(Duration.ofHours(12 + random.nextInt(24 * 45)));
        };
        Instant written = (postAt == null ? now : postAt).minus(Duration.ofHours(24 + random.nextInt(24 * 10)));
        if (written.isAfter(now)) {
            written = now.minus(Duration.ofHours(24 + random.nextInt(72)));
        }
        String topic = TOPICS[random.nextInt(TOPICS.length)];
        StringBuilder body = new StringBuilder(topic).append("。");
        for (int s = 0; s < 2 + random.nextInt(3); s++) {
            body.append(SENTENCES[random.nextInt(SENTENCES.length)]);
        }
        Set<Network> networks = EnumSet.noneOf(Network.class);
        networks.add(random.nextInt(3) == 0 ? Network.INSTAGRAM : Network.X);
        for (int n = 0; n < random.nextInt(3); n++) {
            networks.add(Network.values()[random.nextInt(Network.values().length)]);
        }
        LocalDateTime local = postAt == null ? null : postAt.atZone(UnionTime.ZONE).toLocalDateTime().withSecond(0)
                .withNano(0);
        DraftForm form = new DraftForm(topic + "（" + (i + 1) + "）", body.toString(),
                TAGS[random.nextInt(TAGS.length)] + " " + TAGS[random.nextInt(TAGS.length)], networks,
                ACCOUNTS[random.nextInt(ACCOUNTS.length)], local,
                random.nextInt(4) == 0 ? campaigns.get(random.nextInt(campaigns.size())) : null, List.of());
        SnsDraft draft = new SnsDraft(author, written);
        draft.apply(form, author, written);
        trail.revision(draft, author, written);
        if (random.nextInt(3) == 0) {
            Instant edited = written.plus(Duration.ofMinutes(30 + random.nextInt(600)));
            draft.apply(new DraftForm(form.title(), form.body() + "\n" + SENTENCES[random.nextInt(SENTENCES.length)],
                    form.hashtags(), form.networks(), form.targetAccount(), form.postAt(), form.campaignId(),
                    List.of()), author, edited);
            trail.revision(draft, author, edited);
        }
        if (state == DraftState.DRAFT) {
            return draft;
        }
        Instant submitted = draft.updatedAt().plus(Duration.ofMinutes(5));
        draft.moveTo(DraftState.IN_REVIEW, submitted);
        Instant decided = submitted.plus(Duration.ofHours(1 + random.nextInt(20)));
        String first = EXECUTIVES[random.nextInt(EXECUTIVES.length)];
        String second = EXECUTIVES[(List.of(EXECUTIVES).indexOf(first) + 1 + random.nextInt(EXECUTIVES.length - 1))
                % EXECUTIVES.length];
        switch (state) {
            case IN_REVIEW -> {
                if (random.nextBoolean()) {
                    trail.decide(draft, first, Verdict.APPROVED, null, decided);
                }
            }
            case CHANGES_REQUESTED -> {
                trail.decide(draft, first, Verdict.CHANGES_REQUESTED, "日時と会場を書いてください。", decided);
                draft.moveTo(DraftState.CHANGES_REQUESTED, decided);
            }
            case REJECTED -> {
                trail.decide(draft, first, Verdict.REJECTED, "今回は見送ります。時期を改めて検討しましょう。", decided);
                draft.moveTo(DraftState.REJECTED, decided);
            }
            case EXPIRED -> draft.moveTo(DraftState.EXPIRED, draft.postAt());
            case APPROVED, POSTED -> {
                trail.decide(draft, first, Verdict.APPROVED, null, decided);
                trail.decide(draft, second, Verdict.APPROVED, null, decided.plus(Duration.ofMinutes(40)));
                draft.moveTo(DraftState.APPROVED, decided.plus(Duration.ofMinutes(40)));
                if (state == DraftState.POSTED) {
                    draft.markPosted("https://x.com/shishokuro/status/" + (1870000000000000000L + i), draft.postAt()
                            .plus(Duration.ofMinutes(random.nextInt(30))));
                }
            }
            default -> {
            }
        }
        return draft;
    }

    /** What the drafts' history writes besides the draft rows, keyed by draft once the ids exist. */
    private static final class Trail {
        final List<SnsDraft> drafts = new ArrayList<>();
        final List<Object[]> revisions = new ArrayList<>();
        final List<Object[]> decisions = new ArrayList<>();

        void revision(SnsDraft draft, String by, Instant at) {
            revisions.add(new Object[] {draft, draft.revision(), draft.contentHash(), draft.snapshot(), by, at});
        }

        void decide(SnsDraft draft, String who, Verdict verdict, String comment, Instant at) {
            decisions.add(new Object[] {draft, who, verdict, draft.contentHash(), comment, at});
        }

        void write(JdbcTemplate jdbc, Random random) {
            jdbc.batchUpdate("insert into sns_draft_revision (draft_id, revision, content_hash, content, saved_by,"
                    + " saved_at) values (?, ?, ?, ?, ?, ?)", revisions.stream().map(r -> new Object[] {
                        ((SnsDraft) r[0]).getId(), r[1], r[2], r[3], r[4], Timestamp.from((Instant) r[5])}).toList());
            jdbc.batchUpdate("insert ignore into approval_decision (kind, subject_id, approver, verdict, content_hash,"
                    + " comment, decided_at) values (?, ?, ?, ?, ?, ?, ?)", decisions.stream().map(d -> new Object[] {
                        ApprovalKind.SNS_DRAFT.name(), ((SnsDraft) d[0]).getId(), d[1], ((Verdict) d[2]).name(), d[3],
                        d[4], Timestamp.from((Instant) d[5])}).toList());
            List<Object[]> ticks = new ArrayList<>();
            List<Object[]> comments = new ArrayList<>();
            for (Object[] d : decisions) {
                long id = ((SnsDraft) d[0]).getId();
                Timestamp at = Timestamp.from((Instant) d[5]);
                if (d[2] == Verdict.APPROVED) {
                    for (ChecklistItem item : ChecklistItem.values()) {
                        ticks.add(new Object[] {id, d[1], d[3], item.name(), at});
                    }
                } else {
                    comments.add(new Object[] {id, d[1], d[4], at});
                }
            }
            jdbc.batchUpdate("insert into sns_checklist_tick (draft_id, reviewer, content_hash, item, ticked_at)"
                    + " values (?, ?, ?, ?, ?)", ticks);
            jdbc.batchUpdate("insert into sns_comment (draft_id, author, body, created_at) values (?, ?, ?, ?)",
                    comments);
            List<Object[]> metrics = new ArrayList<>();
            for (SnsDraft draft : drafts) {
                if (draft.state() != DraftState.POSTED) {
                    continue;
                }
                for (Network network : draft.networks()) {
                    long impressions = 500 + random.nextInt(30_000);
                    metrics.add(new Object[] {draft.getId(), network.name(),
                        Date.valueOf(draft.postedAt().atZone(UnionTime.ZONE).toLocalDate().plusDays(2)), impressions,
                        impressions / (20 + random.nextInt(80)), impressions / (10 + random.nextInt(40)),
                        impressions / (200 + random.nextInt(400)), impressions / (50 + random.nextInt(100)),
                        "shokikyoku"});
                }
            }
            jdbc.batchUpdate("insert into sns_metrics (draft_id, network, measured_on, impressions, reposts, likes,"
                    + " replies, link_clicks, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", metrics);
        }
    }
}
