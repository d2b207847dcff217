package jp.kumiaidesk.sns;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import jp.kumiaidesk.base.DemoData;
import jp.kumiaidesk.base.Role;
import jp.kumiaidesk.base.SystemAuthentication;
import jp.kumiaidesk.base.UnionTime;
import jp.kumiaidesk.sns.SnsViews.Campaign;
import jp.kumiaidesk.sns.SnsViews.Metrics;
import jp.kumiaidesk.sns.SnsViews.Saved;

/** Drafts in every state, written and reviewed by the demo union's people, with figures for the monthly review. */
@Component
class SnsDemoData implements DemoData {

    private final SnsDraftService drafts;
    private final SnsResultsService results;
    private final CampaignService campaigns;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    SnsDemoData(SnsDraftService drafts, SnsResultsService results, CampaignService campaigns, JdbcTemplate jdbc,
            Clock clock) {
        this.drafts = drafts;
        this.campaigns = campaigns;
        this.results = results;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public void seed() {
        LocalDateTime now = LocalDateTime.now(clock.withZone(UnionTime.ZONE)).withSecond(0).withNano(0);
        Campaign[] demo = new Campaign[1];
        as("shokikyoku", Role.SECRETARIAT, () -> demo[0] = drafts.campaign("人員確保Xデモ", "#保育士を増やして"));

        // posted this month, with figures
        long posted1 = approved("shokikyoku", new DraftForm("賃金確定闘争 第2回団交報告",
                "本日、賃金確定闘争の第2回団体交渉を行いました。\n当局は若年層の給料表改善について「前向きに検討する」と回答。"
                        + "引き続き全組合員の賃上げを求めていきます。\n詳しくは速報をご覧ください https://example.jp/news/12",
                "#賃金確定闘争 #市職労", EnumSet.of(Network.X, Network.FACEBOOK), SnsDraftService.UNION_ACCOUNT,
                now.plusHours(2), null, List.of()));
        long posted2 = approved("seinenbu", new DraftForm("新規採用者歓迎会を開きました",
                "青年部で新規採用者歓迎会を開きました。32人が参加し、職場の先輩と交流しました。"
                        + "組合ってこういうこともしているんです。", "#青年部 #新規採用",
                EnumSet.of(Network.INSTAGRAM, Network.X), "青年部アカウント", now.plusHours(3), null, List.of()));
        long posted3 = approved("shokikyoku", new DraftForm("保育士を増やしてください（Xデモ1）",
                "保育所では子どもの安全を守るため、職員が休憩も取れずに働いています。保育士の増員を求めます。",
                "#保育士を増やして", EnumSet.of(Network.X), SnsDraftService.UNION_ACCOUNT, now.plusHours(4),
                demo[0].id(), List.of()));
        markPosted(posted1, "https://x.com/shishokuro/status/1860000000000000001", 6, 12_400, 48, 210, 12, 95);
        markPosted(posted2, "https://www.instagram.com/p/DEMO0002/", 4, 3_100, 5, 260, 9, 0);
        markPosted(posted3, "https://x.com/shishokuro/status/1860000000000000003", 2, 25_800, 320, 890, 41, 160);

        // approved and scheduled
        approved("shokikyoku", new DraftForm("12月4日 人員確保を求める昼休み集会",
                "12月4日（木）12時15分から市役所前で、人員確保を求める昼休み集会を開きます。"
                        + "寒い時期ですが、ぜひご参加ください。", "#人員確保 #市職労",
                EnumSet.of(Network.X, Network.LINE, Network.FACEBOOK), SnsDraftService.UNION_ACCOUNT,
                now.plusDays(5), null, List.of()));

        // in review, waiting for an executive
        as("shokikyoku", Role.SECRETARIAT, () -> {
            Saved saved = drafts.create(new DraftForm("会計年度任用職員の処遇改善署名",
                    "会計年度任用職員の勤勉手当支給と、雇い止めのない働き方を求める署名に取り組んでいます。"
                            + "職場の仲間に声をかけてください。オンライン署名 https://example.jp/shomei",
                    "#会計年度任用職員 #署名", EnumSet.of(Network.X, Network.BLUESKY, Network.THREADS),
                    SnsDraftService.UNION_ACCOUNT, now.plusDays(2), null, List.of()));
            drafts.submit(saved.id(), saved.version());
        });

        campaign(now);

        // sent back with a comment
        as("seinenbu", Role.RECRUITER, () -> {
            Saved saved = drafts.create(new DraftForm("青年部ボウリング大会のお知らせ",
                    "青年部ボウリング大会を開きます！組合員でなくても参加OK。申し込みは職場の青年部役員まで",
                    "#青年部", EnumSet.of(Network.INSTAGRAM), "青年部アカウント", now.plusDays(10), null, List.of()));
            drafts.submit(saved.id(), saved.version());
            as("shokichou", Role.EXECUTIVE, () -> drafts.requestChanges(saved.id(), drafts.draft(saved.id())
                    .contentHash(), "日時と会場が書かれていません。参加費も入れてください。"));
        });

        // still being written
        as("seinenbu", Role.RECRUITER, () -> drafts.create(new DraftForm("4月の新規採用者向け組合説明会",
                "新しく市役所に入ったみなさん、ようこそ。組合説明会では、給料のしくみや休暇の取り方を先輩が説明します。",
                "", EnumSet.of(Network.X, Network.INSTAGRAM), "青年部アカウント", null, null, List.of())));
    }

    private long approved(String author, DraftForm form) {
        long[] id = new long[1];
        as(author, author.equals("seinenbu") ? Role.RECRUITER : Role.SECRETARIAT, () -> {
            Saved saved = drafts.create(form);
            drafts.submit(saved.id(), saved.version());
            id[0] = saved.id();
        });
        // one approval from an executive other than the author (the policy since issue #11)
        approve("iinchou", id[0]);
        return id[0];
    }

    /** An X デモ next week: its sequence half ready (one draft approved, one in review, one line without a draft). */
    private void campaign(LocalDateTime now) {
        LocalDateTime start = now.plusDays(7).withHour(12).withMinute(15);
        long[] id = new long[1];
        as("shokikyoku", Role.SECRETARIAT, () -> id[0] = campaigns.create(new CampaignViews.CampaignForm(
                "会計年度任用職員の雇い止めをなくそうXデモ", "#雇い止めをなくそう", start,
                "開始15分前にオンライン会議（URLは青年部のLINEで）。投稿したら、ほかの人の投稿をリポストしてください。")));
        long first = approved("shokikyoku", new DraftForm("Xデモ1 雇い止めをなくそう",
                "毎年3月、会計年度任用職員は「来年も働けるのか」と不安を抱えています。雇い止めのない働き方を求めます。",
                "#雇い止めをなくそう #市職労", EnumSet.of(Network.X), SnsDraftService.UNION_ACCOUNT, start, id[0],
                List.of()));
        as("seinenbu", Role.RECRUITER, () -> {
            Saved second = drafts.create(new DraftForm("Xデモ2 青年部から",
                    "同じ職場で働く仲間が、毎年の更新におびえなくていいように。#雇い止めをなくそう",
                    "#青年部", EnumSet.of(Network.X), "青年部アカウント", start.plusMinutes(5), id[0], List.of()));
            drafts.submit(second.id(), second.version());
            as("shokikyoku", Role.SECRETARIAT, () -> {
                campaigns.addStep(id[0], 0, SnsDraftService.UNION_ACCOUNT, first);
                campaigns.addStep(id[0], 5, "青年部アカウント", second.id());
                campaigns.addStep(id[0], 10, "女性部アカウント", null);
            });
        });
    }

    private void approve(String executive, long id) {
        as(executive, Role.EXECUTIVE, () -> {
            String hash = drafts.draft(id).contentHash();
            for (ChecklistItem item : ChecklistItem.values()) {
                drafts.tick(id, hash, item, true);
            }
            drafts.approve(id, hash);
        });
    }

    private void markPosted(long id, String url, int daysAgo, long impressions, long reposts, long likes,
            long replies, long clicks) {
        SystemAuthentication.run(() -> drafts.markPosted(id, url));
        // the demo's posts went out earlier this month (or at the end of the last one, early in a month)
        jdbc.update("update sns_draft set posted_at = ?, post_at = ? where id = ?",
                Timestamp.from(clock.instant().minus(Duration.ofDays(daysAgo))),
                Timestamp.from(clock.instant().minus(Duration.ofDays(daysAgo)).minus(Duration.ofMinutes(5))), id);
        Network network = drafts.draft(id).form().networks().iterator().next();
        SystemAuthentication.run(() -> results.recordMetrics(id, new Metrics(network, LocalDate.now(clock
                .withZone(UnionTime.ZONE)), impressions, reposts, likes, replies, clicks)));
    }

    private static void as(String username, Role role, Runnable work) {
        SystemAuthentication.runAs(username, role, work);
    }
}
