package jp.kumiaidesk.recruitment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.springframework.stereotype.Component;

import jp.kumiaidesk.base.DemoData;
import jp.kumiaidesk.workplace.WorkplaceNode;
import jp.kumiaidesk.workplace.WorkplaceService;

/**
 * Two April cohorts across the demo workplaces: last year's mostly decided, this year's under way, with contacts and
 * a few overdue follow-ups. Names are common Japanese names combined at random (fixed seed: the same every time).
 */
@Component
class RecruitmentDemoData implements DemoData {

    private static final String[][] FAMILY = {{"佐藤", "サトウ"}, {"鈴木", "スズキ"}, {"高橋", "タカハシ"},
        {"田中", "タナカ"}, {"伊藤", "イトウ"}, {"渡辺", "ワタナベ"}, {"山本", "ヤマモト"}, {"中村", "ナカムラ"},
        {"小林", "コバヤシ"}, {"加藤", "カトウ"}, {"吉田", "ヨシダ"}, {"山田", "ヤマダ"}, {"佐々木", "ササキ"},
        {"松本", "マツモト"}, {"井上", "イノウエ"}, {"木村", "キムラ"}};
    private static final String[][] GIVEN = {{"陽菜", "ヒナ"}, {"結衣", "ユイ"}, {"美咲", "ミサキ"},
        {"さくら", "サクラ"}, {"葵", "アオイ"}, {"大翔", "ヒロト"}, {"蓮", "レン"}, {"悠真", "ユウマ"},
        {"湊", "ミナト"}, {"健太", "ケンタ"}, {"翔太", "ショウタ"}, {"花子", "ハナコ"}, {"拓海", "タクミ"},
        {"七海", "ナナミ"}};
    /** Workplaces that hire each April, and how many. */
    private static final Map<String, Integer> HIRES = Map.of("人事課", 2, "総務課", 3, "市民課", 5, "保険年金課", 3,
            "子育て支援課", 2, "中央保育所", 6, "東保育所", 4, "清掃事務所", 4, "看護部", 12, "医事課", 3);

    private final RecruitmentService recruitment;
    private final WorkplaceService workplaces;
    private final NewHireRepository hires;
    private final CohortRepository cohorts;
    private final Clock clock;

    RecruitmentDemoData(RecruitmentService recruitment, WorkplaceService workplaces, NewHireRepository hires,
            CohortRepository cohorts, Clock clock) {
        this.cohorts = cohorts;
        this.recruitment = recruitment;
        this.workplaces = workplaces;
        this.hires = hires;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public void seed() {
        Random random = new Random(2026);
        LocalDate today = LocalDate.now(clock);
        int year = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
        List<WorkplaceNode> places = workplaces.flatten().stream().filter(w -> HIRES.containsKey(w.name())).toList();
        seedCohort(YearMonth.of(year - 1, 4), places, random, true, today);
        seedCohort(YearMonth.of(year, 4), places, random, false, today);
        // the demo union extended this year's window (April–June by default) so its follow-ups still run today
        CohortView current = recruitment.cohortOf(YearMonth.of(year, 4));
        FollowUpWindow window = FollowUpWindow.defaultFor(current.month());
        if (window.to().isBefore(today.plusDays(30))) {
            cohorts.findById(current.id()).ifPresent(c -> {
                c.setWindow(new FollowUpWindow(window.from(), today.plusDays(30)));
                cohorts.save(c);
            });
        }
    }

    private void seedCohort(YearMonth month, List<WorkplaceNode> places, Random random, boolean decided,
            LocalDate today) {
        CohortView cohort = recruitment.cohortOf(month);
        LocalDate hireDate = month.atDay(1);
        Set<String> names = new HashSet<>();
        for (WorkplaceNode place : places) {
            boolean youthSection = List.of("中央保育所", "東保育所", "清掃事務所", "市民課").contains(place.name());
            for (int i = 0; i < HIRES.get(place.name()); i++) {
                String[] family = FAMILY[random.nextInt(FAMILY.length)];
                String[] given = GIVEN[random.nextInt(GIVEN.length)];
                EmploymentType type = place.name().contains("保育") && random.nextInt(3) == 0
                        ? EmploymentType.FISCAL_YEAR : EmploymentType.REGULAR;
                HireRoute route = random.nextInt(4) == 0 ? HireRoute.MID_CAREER : HireRoute.NEW_GRADUATE;
                HireStatus status = decided ? decidedStatus(random) : currentStatus(random);
                DeclineReason reason = status == HireStatus.DECLINED
                        ? DeclineReason.values()[random.nextInt(DeclineReason.values().length)] : null;
                LocalDate next = status.open() && !decided ? today.plusDays(random.nextInt(21) - 7) : null;
                HireForm form = new HireForm(family[0] + " " + given[0], family[1] + " " + given[1], place.id(), type,
                        hireDate, route, youthSection ? "seinenbu" : null, status, reason,
                        status.open() && random.nextInt(4) == 0 ? EscalationStage.SECTION_OFFICER
                                : EscalationStage.RECRUITER, next);
                // the same random name twice in a cohort: skip it (the service would refuse it, and in the one
                // seeding transaction a refusal would roll everything back)
                if (!names.add(form.name())) {
                    continue;
                }
                long id = recruitment.addHire(cohort.id(), form);
                if (status != HireStatus.NOT_CONTACTED && !decided) {
                    recruitment.logContact(id, today.minusDays(1 + random.nextInt(20)), ContactMethod.FACE_TO_FACE,
                            status == HireStatus.CONSIDERING ? "組合費について質問あり。資料を渡した。"
                                    : "歓迎会で声をかけた。反応は良い。");
                    // logContact moves 未接触 forward; keep the seeded status
                    hires.findById(id).ifPresent(h -> {
                        h.setStatus(status, reason, clock.instant());
                        hires.save(h);
                    });
                }
            }
        }
    }

    private static HireStatus decidedStatus(Random random) {
        int n = random.nextInt(10);
        return n < 6 ? HireStatus.JOINED : n < 8 ? HireStatus.JOINED_COMPETITOR : HireStatus.DECLINED;
    }

    private static HireStatus currentStatus(Random random) {
        return HireStatus.values()[random.nextInt(HireStatus.values().length)];
    }
}
