package jp.kumiaidesk.bargaining;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import jp.kumiaidesk.base.DemoData;
import jp.kumiaidesk.base.UnionTime;

/**
 * A city-hall union's autumn: the 賃金確定闘争 from the demands submitted to the second round of bargaining, and a
 * 人員確保闘争 session — dated relative to today, so the home page and the same-day clock have something to say.
 */
@Component
class BargainingDemoData implements DemoData {

    static final String WAGE_SEASON = "2026年度 賃金確定闘争";
    static final String STAFF_SEASON = "2026年度 人員確保闘争";

    private static final String EMPLOYER = "総務部長 山本一郎\n人事課長 中川美紀\n人事課 給与係長 村田健";
    private static final String US = "執行委員長 山田太郎\n書記長 佐藤花子\n副執行委員長 鈴木次郎\n書記局 高橋";

    private final BargainingService bargaining;
    private final Clock clock;

    BargainingDemoData(BargainingService bargaining, Clock clock) {
        this.bargaining = bargaining;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public void seed() {
        LocalDate today = LocalDate.now(clock.withZone(UnionTime.ZONE));
        long wage = bargaining.createSeason(WAGE_SEASON, today.minusDays(45));
        long pay = bargaining.addDemand(wage, "月例給の引き上げ（人事委員会勧告の完全実施）");
        long bonus = bargaining.addDemand(wage, "一時金（期末・勤勉手当）の引き上げ");
        long parttime = bargaining.addDemand(wage, "会計年度任用職員の処遇改善（勤勉手当の支給・時給の改善）");
        long overtime = bargaining.addDemand(wage, "時間外勤務の縮減と36協定の遵守");

        session(wage, today.minusDays(40), 10, 0, 10, 30, SessionKind.DEMAND_SUBMISSION, List.of(
                new AnswerForm(pay, "要求書を受け取った。誠意をもって対応する。", AnswerOutcome.ANSWERED)),
                "", "", "執行委員長から総務部長へ要求書を手交。回答指定日は11月上旬。");
        session(wage, today.minusDays(21), 14, 0, 16, 10, SessionKind.COLLECTIVE_BARGAINING, List.of(
                new AnswerForm(pay, "人事委員会勧告を尊重し、給料表の改定は勧告どおり平均0.9%とする。", AnswerOutcome.ANSWERED),
                new AnswerForm(bonus, "年間4.50月とし、引き上げ分は勤勉手当に配分する。", AnswerOutcome.ANSWERED),
                new AnswerForm(parttime, "勤勉手当の支給は国の動向を踏まえ検討する。", AnswerOutcome.CARRIED_OVER),
                new AnswerForm(overtime, "各課の実態を調査する。", AnswerOutcome.CARRIED_OVER)),
                "", "会計年度任用職員への勤勉手当の支給\n時間外勤務の実態調査の結果の提示",
                "組合側から、物価上昇に見合う引き上げと若年層への重点配分を強く求めた。");
        session(wage, today.minusDays(10), 15, 0, 16, 0, SessionKind.WORKING_TALKS, List.of(
                new AnswerForm(parttime, "来年度から勤勉手当を支給する方向で、条例改正案を準備している。", AnswerOutcome.ANSWERED),
                new AnswerForm(overtime, "月45時間を超える職場は12課。業務量の見直しを指示する。", AnswerOutcome.CARRIED_OVER)),
                "", "時間外勤務の多い12課の改善策", "人事課 給与係長と書記長で事務折衝。");
        session(wage, today.minusDays(3), 13, 30, 15, 45, SessionKind.COLLECTIVE_BARGAINING, List.of(
                new AnswerForm(pay, "給料表を平均0.9%引き上げ、初任給は1,500円上乗せする。", AnswerOutcome.SETTLED),
                new AnswerForm(bonus, "年間4.50月（勤勉手当0.05月引き上げ）で妥結。", AnswerOutcome.SETTLED),
                new AnswerForm(parttime, "来年度から会計年度任用職員に勤勉手当を支給する。時給は最低賃金改定に合わせ引き上げる。",
                        AnswerOutcome.SETTLED),
                new AnswerForm(overtime, "12課について来年度の人員配置で対応する。", AnswerOutcome.CARRIED_OVER)),
                "・給料表を平均0.9%引き上げ（初任給は1,500円上乗せ）\n・一時金は年間4.50月\n"
                        + "・会計年度任用職員に来年度から勤勉手当を支給",
                "時間外勤務の縮減（人員確保闘争で引き続き交渉）", "第2回団体交渉で妥結。執行委員会で確認済み。");

        long staff = bargaining.createSeason(STAFF_SEASON, today.minusDays(30));
        long nursery = bargaining.addDemand(staff, "保育士の正規職員での増員");
        long cleaning = bargaining.addDemand(staff, "清掃事務所の欠員補充");
        session(staff, today.minusDays(1), 16, 0, 17, 20, SessionKind.COLLECTIVE_BARGAINING, List.of(
                new AnswerForm(nursery, "来年度、正規保育士を5名増員する方向で調整中。", AnswerOutcome.ANSWERED),
                new AnswerForm(cleaning, "年度内に2名を補充する。", AnswerOutcome.SETTLED)),
                "清掃事務所の欠員2名を年度内に補充", "保育士の増員数（組合要求は10名）",
                "中央保育所・東保育所の職場アンケート結果を提示して交渉。");
    }

    private void session(long season, LocalDate day, int h1, int m1, int h2, int m2, SessionKind kind,
            List<AnswerForm> answers, String agreements, String carried, String notes) {
        bargaining.createSession(new SessionForm(season, day, LocalTime.of(h1, m1), LocalTime.of(h2, m2), kind,
                EMPLOYER, US, new ArrayList<>(answers), agreements, carried, notes, List.of()));
    }
}
