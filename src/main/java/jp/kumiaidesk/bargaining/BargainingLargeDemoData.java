package jp.kumiaidesk.bargaining;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.springframework.stereotype.Component;

import jp.kumiaidesk.base.DemoMode;
import jp.kumiaidesk.base.LargeDemoData;
import jp.kumiaidesk.base.UnionTime;

/**
 * A year of bargaining: this spring's 春闘 from the demand submission to settlement, and more sessions in the small
 * demo's 賃金確定闘争 and 人員確保闘争 — 60 sessions in 3 seasons, each answering some of its season's demands.
 */
@Component
class BargainingLargeDemoData extends LargeDemoData {

    static final String SPRING_SEASON = "2026年度 春闘";
    static final int SESSIONS = 60;

    private static final String[] SPRING_DEMANDS = {"大幅賃上げ（月額1万円以上）", "初任給の引き上げ",
        "会計年度任用職員の時給改善", "休暇制度の拡充（子の看護休暇の対象拡大）", "テレワーク環境の整備",
        "ハラスメント防止対策の強化"};
    private static final String[] MORE_WAGE = {"住居手当の引き上げ", "通勤手当の実費支給"};
    private static final String[] MORE_STAFF = {"病院看護師の夜勤体制の改善", "学校給食センターの欠員補充",
        "図書館司書の正規配置"};
    private static final String[] ANSWERS = {"要求の趣旨は理解する。財政状況を踏まえ検討する。", "国や他市の動向を見て判断する。",
        "次回交渉までに具体案を示す。", "来年度予算に反映できるよう調整している。", "現行制度の範囲で対応したい。",
        "組合の要求どおり実施する。", "一部実施する方向で検討している。"};
    private static final String EMPLOYER = "総務部長 山本一郎\n人事課長 中川美紀";
    private static final String US = "執行委員長 山田太郎\n書記長 佐藤花子\n書記局";

    private final BargainingService bargaining;
    private final BargainingSessionRepository sessions;
    private final Clock clock;
    private final List<BargainingSession> written = new ArrayList<>();

    BargainingLargeDemoData(DemoMode demoMode, BargainingService bargaining, BargainingSessionRepository sessions,
            Clock clock) {
        super(demoMode);
        this.bargaining = bargaining;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    public int order() {
        return AFTER_SMALL + 60;
    }

    @Override
    protected void seedLarge() {
        Random random = random("bargaining");
        LocalDate today = LocalDate.now(clock.withZone(UnionTime.ZONE));
        long spring = bargaining.createSeason(SPRING_SEASON, today.minusDays(260));
        for (String demand : SPRING_DEMANDS) {
            bargaining.addDemand(spring, demand);
        }
        List<SeasonView> seasons = bargaining.seasons();
        long wage = id(seasons, BargainingDemoData.WAGE_SEASON);
        long staff = id(seasons, BargainingDemoData.STAFF_SEASON);
        for (String demand : MORE_WAGE) {
            bargaining.addDemand(wage, demand);
        }
        for (String demand : MORE_STAFF) {
            bargaining.addDemand(staff, demand);
        }
        int existing = bargaining.search(jp.kumiaidesk.bargaining.SessionQuery.all()).size();
        int toAdd = SESSIONS - existing;
        int springSessions = toAdd / 2;
        for (int i = 0; i < springSessions; i++) {
            session(spring, today.minusDays(255 - i * 4L), i == springSessions - 1, random);
        }
        for (int i = springSessions; i < toAdd; i++) {
            boolean wageSession = i % 2 == 0;
            session(wageSession ? wage : staff, today.minusDays(44 - (i - springSessions) * 42L
                    / (toAdd - springSessions)), false, random);
        }
        // built as the service builds them, saved together (the service's one transaction per session took seconds)
        sessions.saveAllAndFlush(written);
        written.clear();
    }

    private static long id(List<SeasonView> seasons, String name) {
        return seasons.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow().id();
    }

    private void session(long season, LocalDate day, boolean settle, Random random) {
        List<DemandView> demands = bargaining.demands(season);
        List<AnswerForm> answers = new ArrayList<>();
        for (DemandView demand : demands) {
            if (settle || random.nextInt(3) > 0) {
                AnswerOutcome outcome = settle ? AnswerOutcome.SETTLED
                        : AnswerOutcome.values()[random.nextInt(AnswerOutcome.values().length)];
                answers.add(new AnswerForm(demand.id(), ANSWERS[random.nextInt(ANSWERS.length)], outcome));
            }
        }
        SessionKind kind = settle ? SessionKind.COLLECTIVE_BARGAINING
                : SessionKind.values()[random.nextInt(SessionKind.values().length)];
        int start = 9 + random.nextInt(8);
        BargainingSession session = new BargainingSession("shokikyoku");
        session.apply(new SessionForm(season, day, LocalTime.of(start, random.nextBoolean() ? 0 : 30),
                LocalTime.of(start + 1, random.nextBoolean() ? 15 : 45), kind, EMPLOYER, US, answers,
                settle ? "・要求の大半で合意" : "", random.nextBoolean() ? "次回交渉で回答" : "",
                "職場からの要求を背景に交渉。", List.of()), "shokikyoku", clock.instant());
        written.add(session);
    }
}
