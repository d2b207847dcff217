package jp.kumiaidesk.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

import jp.kumiaidesk.ServiceTest;
import jp.kumiaidesk.base.FieldRejectedException;
import jp.kumiaidesk.base.UnionTime;
import jp.kumiaidesk.workplace.WorkplaceNode;
import jp.kumiaidesk.workplace.WorkplaceService;

/** Follow-ups run in each cohort's recruitment window; executives see who is behind. */
class FollowUpServiceTest extends ServiceTest {

    private static final AtomicInteger MONTHS = new AtomicInteger();

    @Autowired
    FollowUpService followUps;

    @Autowired
    RecruitmentService recruitment;

    @Autowired
    WorkplaceService workplaces;

    static CohortView freshCohort(RecruitmentService recruitment) {
        return recruitment.cohortOf(YearMonth.of(2800, 4).plusMonths(MONTHS.getAndIncrement()));
    }

    private long place(String name) {
        return workplaces.flatten().stream().filter(w -> w.name().equals(name)).mapToLong(WorkplaceNode::id)
                .findFirst().orElseThrow();
    }

    private long hire(CohortView cohort, String workplace, String recruiter, HireStatus status, LocalDate hired,
            LocalDate next) {
        return recruitment.addHire(cohort.id(), new HireForm(unique("追 "), null, place(workplace),
                EmploymentType.REGULAR, hired, HireRoute.NEW_GRADUATE, recruiter, status, null,
                EscalationStage.RECRUITER, next));
    }

    @Test
    void the_window_is_april_to_june_of_the_hire_month_by_default_and_executives_change_it() {
        signIn("shokichou");
        CohortView cohort = freshCohort(recruitment);
        assertThat(followUps.window(cohort.id())).isEqualTo(new FollowUpWindow(cohort.month().atDay(1),
                cohort.month().plusMonths(2).atEndOfMonth()));
        assertThat(FollowUpWindow.defaultFor(YearMonth.of(2026, 4)))
                .isEqualTo(new FollowUpWindow(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30)));
        FollowUpWindow longer = new FollowUpWindow(cohort.month().atDay(1), cohort.month().plusMonths(5).atDay(1));
        followUps.setWindow(cohort.id(), longer);
        assertThat(followUps.window(cohort.id())).isEqualTo(longer);
        assertThatThrownBy(() -> followUps.setWindow(cohort.id(), new FollowUpWindow(longer.to(), longer.from())))
                .isInstanceOfSatisfying(FieldRejectedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("follow-up.window-invalid"));
        signIn("seinenbu");
        assertThatThrownBy(() -> followUps.setWindow(cohort.id(), longer))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void the_reminder_list_holds_only_cohorts_in_their_window() {
        signIn("admin");
        LocalDate today = UnionTime.today();
        CohortView running = freshCohort(recruitment);
        CohortView over = freshCohort(recruitment);
        followUps.setWindow(running.id(), new FollowUpWindow(today.minusDays(30), today.plusDays(30)));
        followUps.setWindow(over.id(), new FollowUpWindow(today.minusDays(90), today.minusDays(1)));
        long inside = hire(running, "東保育所", "seinenbu", HireStatus.NOT_CONTACTED, today.minusDays(20), null);
        long outside = hire(over, "東保育所", "seinenbu", HireStatus.NOT_CONTACTED, today.minusDays(20), null);
        signIn("seinenbu");
        assertThat(recruitment.followUps(RecruitmentService.FOLLOW_UP_DAYS)).extracting(HireRow::id)
                .contains(inside).doesNotContain(outside);
    }

    @Test
    void executives_see_who_is_behind_per_recruiter_and_per_workplace() {
        signIn("shokichou");
        LocalDate today = UnionTime.today();
        CohortView cohort = freshCohort(recruitment);
        hire(cohort, "東保育所", "seinenbu", HireStatus.NOT_CONTACTED, today.minusDays(20), null);
        hire(cohort, "東保育所", "seinenbu", HireStatus.TALKED, today.minusDays(20), today.minusDays(1));
        hire(cohort, "中央保育所", "seinenbu", HireStatus.JOINED, today.minusDays(20), null);
        hire(cohort, "看護部", null, HireStatus.NOT_CONTACTED, today.minusDays(20), null);
        hire(cohort, "看護部", null, HireStatus.NOT_CONTACTED, today.minusDays(3), null);

        FollowUpService.Overview overview = followUps.overview(cohort.id());
        assertThat(overview.byRecruiter()).containsExactlyInAnyOrder(
                new FollowUpService.Line("高橋 美咲（青年部）", 3, 1, 1, 2),
                new FollowUpService.Line(null, 2, 1, 0, 2));
        assertThat(overview.byWorkplace()).extracting(FollowUpService.Line::name).containsExactly(
                "市長部局/福祉部/保育所/東保育所", "市立病院/看護部", "市長部局/福祉部/保育所/中央保育所");
        assertThat(overview.byWorkplace().getFirst()).isEqualTo(
                new FollowUpService.Line("市長部局/福祉部/保育所/東保育所", 2, 1, 1, 2));

        signIn("seinenbu");
        assertThatThrownBy(() -> followUps.overview(cohort.id())).isInstanceOf(AuthorizationDeniedException.class);
    }
}
