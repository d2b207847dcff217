package jp.kumiaidesk.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import jp.kumiaidesk.ServiceTest;
import jp.kumiaidesk.base.FieldRejectedException;
import jp.kumiaidesk.base.UnionTime;
import jp.kumiaidesk.workplace.HeadcountChange;
import jp.kumiaidesk.workplace.OrganizationRate;
import jp.kumiaidesk.workplace.WorkplaceForm;
import jp.kumiaidesk.workplace.WorkplaceNode;
import jp.kumiaidesk.workplace.WorkplaceService;

/** The organization rate true today: the counted headcounts plus the hires since the counting day. */
class OrganizationRateTodayTest extends ServiceTest {

    private static final AtomicInteger MONTHS = new AtomicInteger();

    @Autowired
    RecruitmentService recruitment;

    @Autowired
    WorkplaceService workplaces;

    @Test
    void hires_after_the_counting_day_add_to_staff_and_their_joins_to_members_in_workplace_department_and_union() {
        signIn("admin");
        LocalDate today = UnionTime.today();
        LocalDate counted = today.minusDays(30);
        long department = workplaces.create(null, new WorkplaceForm(unique("土木部"), 0, 0, 0, counted));
        long section = workplaces.create(department, new WorkplaceForm("道路課", 8, 2, 5, counted));
        OrganizationRate unionBefore = workplaces.unionRate();
        HeadcountChange changeBefore = workplaces.union().totalChange();

        CohortView cohort = recruitment.cohortOf(YearMonth.of(2700, 1).plusMonths(MONTHS.getAndIncrement()));
        long joined = hire(cohort, section, today.minusDays(10));
        long competitor = hire(cohort, section, today.minusDays(10));
        hire(cohort, section, today.minusDays(1));
        hire(cohort, section, counted); // counted already that day
        hire(cohort, section, today.plusDays(5)); // not started yet
        recruitment.changeStatus(joined, 0, HireStatus.JOINED, null);
        recruitment.changeStatus(competitor, 0, HireStatus.JOINED_COMPETITOR, null);

        WorkplaceNode road = workplaces.find(section).orElseThrow();
        assertThat(road.countedRate()).isEqualTo(new OrganizationRate(5, 10));
        assertThat(road.totalChange()).isEqualTo(new HeadcountChange(3, 1));
        assertThat(road.rate()).isEqualTo(new OrganizationRate(6, 13));
        assertThat(road.basisDate()).isEqualTo(counted);
        WorkplaceNode dept = workplaces.find(department).orElseThrow();
        assertThat(dept.rate()).isEqualTo(new OrganizationRate(6, 13));
        assertThat(dept.totalChange()).isEqualTo(new HeadcountChange(3, 1));
        assertThat(workplaces.unionRate()).isEqualTo(unionBefore.plus(new OrganizationRate(1, 3)));
        assertThat(workplaces.union().totalChange()).isEqualTo(changeBefore.plus(new HeadcountChange(3, 1)));

        RecruitmentDashboard dashboard = recruitment.dashboard(cohort.code()).orElseThrow();
        assertThat(dashboard.workplaces()).filteredOn(f -> f.workplaceId() == section).singleElement()
                .extracting(RecruitmentDashboard.WorkplaceFigures::rate).isEqualTo(new OrganizationRate(6, 13));
        assertThat(dashboard.unionRate()).isEqualTo(workplaces.unionRate());
        assertThat(dashboard.sinceCounted()).isEqualTo(workplaces.union().totalChange());

        // the join corrected to 未加入 leaves the members again
        recruitment.changeStatus(joined, 1, HireStatus.DECLINED, DeclineReason.values()[0]);
        assertThat(workplaces.find(section).orElseThrow().rate()).isEqualTo(new OrganizationRate(5, 13));
    }

    @Test
    void a_recount_moves_the_counting_day_and_the_hires_before_it_are_in_the_counts() {
        signIn("admin");
        LocalDate today = UnionTime.today();
        long section = workplaces.create(null, new WorkplaceForm(unique("会計課"), 4, 0, 2, today.minusDays(20)));
        CohortView cohort = recruitment.cohortOf(YearMonth.of(2700, 1).plusMonths(MONTHS.getAndIncrement()));
        long hire = hire(cohort, section, today.minusDays(10));
        recruitment.changeStatus(hire, 0, HireStatus.JOINED, null);
        assertThat(workplaces.find(section).orElseThrow().rate()).isEqualTo(new OrganizationRate(3, 5));

        WorkplaceNode node = workplaces.find(section).orElseThrow();
        workplaces.update(section, node.version(), new WorkplaceForm(node.name(), 5, 0, 3, today.minusDays(5)));
        assertThat(workplaces.find(section).orElseThrow().rate()).isEqualTo(new OrganizationRate(3, 5));
        assertThat(workplaces.find(section).orElseThrow().totalChange()).isEqualTo(HeadcountChange.NONE);

        WorkplaceNode recounted = workplaces.find(section).orElseThrow();
        assertThatThrownBy(() -> workplaces.update(section, recounted.version(),
                new WorkplaceForm(recounted.name(), 5, 0, 3, today.plusDays(1))))
                .isInstanceOfSatisfying(FieldRejectedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("workplace.counted-in-future"));
    }

    private long hire(CohortView cohort, long workplace, LocalDate hireDate) {
        return recruitment.addHire(cohort.id(), HireForm.of(unique("新人 "), null, workplace, EmploymentType.REGULAR,
                hireDate, HireRoute.NEW_GRADUATE));
    }
}
