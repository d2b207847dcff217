package jp.kumiaidesk.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authorization.AuthorizationDeniedException;

import jp.kumiaidesk.ServiceTest;
import jp.kumiaidesk.base.UnionTime;
import jp.kumiaidesk.base.ConcurrentEditException;
import jp.kumiaidesk.base.FieldRejectedException;
import jp.kumiaidesk.base.NotFoundException;
import jp.kumiaidesk.workplace.WorkplaceNode;
import jp.kumiaidesk.workplace.WorkplaceService;

class RecruitmentServiceTest extends ServiceTest {

    @Autowired
    RecruitmentService recruitment;

    @Autowired
    WorkplaceService workplaces;

    private long workplace(String name) {
        return workplaces.flatten().stream().filter(w -> w.name().equals(name)).mapToLong(WorkplaceNode::id)
                .findFirst().orElseThrow();
    }

    private static final java.util.concurrent.atomic.AtomicInteger MONTHS = new java.util.concurrent.atomic.AtomicInteger();

    /** A past month that no other test uses (the test database is fresh for each run). */
    private CohortView freshCohort() {
        return recruitment.cohortOf(YearMonth.of(1700, 1).plusMonths(MONTHS.getAndAdd(24)));
    }

    private long add(CohortView cohort, String name, String workplace) {
        return recruitment.addHire(cohort.id(), HireForm.of(name, null, workplace(workplace), EmploymentType.REGULAR,
                cohort.month().atDay(1), HireRoute.NEW_GRADUATE));
    }

    @Test
    void a_recruiter_cannot_see_or_change_a_hire_outside_their_workplaces_even_by_id() {
        signIn("admin");
        CohortView cohort = freshCohort();
        long hospital = add(cohort, unique("看護 花子"), "看護部");
        long nursery = add(cohort, unique("保育 太郎"), "中央保育所");
        signIn("seinenbu");
        assertThat(recruitment.hire(nursery).hire().workplaceName()).isEqualTo("中央保育所");
        assertThatThrownBy(() -> recruitment.hire(hospital)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> recruitment.changeStatus(hospital, 0, HireStatus.JOINED, null))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> recruitment.logContact(hospital, UnionTime.today(), ContactMethod.PHONE, "x"))
                .isInstanceOf(NotFoundException.class);
        assertThat(recruitment.hires(cohort.id(), null, null, PageRequest.of(0, 50)).getContent())
                .extracting(HireRow::id).containsExactly(nursery);
        assertThatThrownBy(() -> add(cohort, unique("越権"), "看護部")).isInstanceOfSatisfying(
                FieldRejectedException.class, e -> assertThat(e.messageKey()).isEqualTo("hire.workplace-not-yours"));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'hire.access-denied' "
                + "and target_id = ?", Integer.class, String.valueOf(hospital))).isEqualTo(3);
    }

    @Test
    void the_secretariat_has_no_access_to_the_tracker() {
        signIn("shokikyoku");
        assertThatThrownBy(() -> recruitment.cohorts()).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void the_dashboard_counts_the_cohort_against_the_previous_one_per_workplace() {
        signIn("admin");
        CohortView before = freshCohort();
        CohortView now = recruitment.cohortOf(before.month().plusYears(1));
        long a = add(now, unique("甲"), "市民課");
        long b = add(now, unique("乙"), "市民課");
        add(now, unique("丙"), "人事課");
        add(before, unique("丁"), "市民課");
        recruitment.changeStatus(a, 0, HireStatus.JOINED, null);
        recruitment.changeStatus(b, 0, HireStatus.DECLINED, DeclineReason.DUES);

        RecruitmentDashboard d = recruitment.dashboard(now.code()).orElseThrow();
        assertThat(d.previous()).isNotNull();
        assertThat(d.total().hires()).isEqualTo(3);
        assertThat(d.total().joined()).isEqualTo(1);
        assertThat(d.total().declined()).isEqualTo(1);
        assertThat(d.total().open()).isEqualTo(1);
        var shimin = d.workplaces().stream().filter(w -> w.name().equals("市民課")).findFirst().orElseThrow();
        assertThat(shimin.current().hires()).isEqualTo(2);
        assertThat(shimin.current().joinRate()).isEqualTo(50.0);
        // the workplace's own organization rate, whatever its counts are now (other tests may change them)
        var counts = workplaces.flatten().stream().filter(w -> w.name().equals("市民課")).findFirst().orElseThrow();
        assertThat(shimin.rate().formatted()).isEqualTo(counts.rate().formatted())
                .isEqualTo(new jp.kumiaidesk.workplace.OrganizationRate(counts.totalMembers(), counts.totalStaff())
                        .formatted());
    }

    @Test
    void declined_needs_a_reason_and_a_stale_version_is_a_conflict() {
        signIn("admin");
        CohortView cohort = freshCohort();
        long id = add(cohort, unique("戊"), "市民課");
        assertThatThrownBy(() -> recruitment.changeStatus(id, 0, HireStatus.DECLINED, null))
                .isInstanceOf(FieldRejectedException.class);
        recruitment.changeStatus(id, 0, HireStatus.TALKED, null);
        assertThatThrownBy(() -> recruitment.changeStatus(id, 0, HireStatus.JOINED, null))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(recruitment.hire(id).hire().status()).isEqualTo(HireStatus.TALKED);
    }

    @Test
    void a_contact_is_logged_and_moves_an_uncontacted_hire_forward() {
        signIn("seinenbu");
        CohortView cohort = recruitment.cohortOf(freshCohort().month());
        long id = add(cohort, unique("己"), "清掃事務所");
        recruitment.logContact(id, UnionTime.today(), ContactMethod.FACE_TO_FACE, "歓迎会で話した");
        HireDetail detail = recruitment.hire(id);
        assertThat(detail.hire().status()).isEqualTo(HireStatus.TALKED);
        assertThat(detail.contacts()).singleElement().satisfies(c -> {
            assertThat(c.contactedBy()).isEqualTo("seinenbu");
            assertThat(c.reaction()).isEqualTo("歓迎会で話した");
        });
        assertThatThrownBy(() -> recruitment.logContact(id, UnionTime.today().plusDays(1), ContactMethod.PHONE, "x"))
                .isInstanceOfSatisfying(FieldRejectedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("hire.contact-in-future"));
        assertThatThrownBy(() -> recruitment.logContact(id, UnionTime.today(), ContactMethod.PHONE, "<b>"))
                .isInstanceOf(FieldRejectedException.class);
    }

    @Test
    void the_same_person_cannot_be_added_twice_to_a_cohort() {
        signIn("admin");
        CohortView cohort = freshCohort();
        String name = unique("庚");
        add(cohort, name, "市民課");
        assertThatThrownBy(() -> add(cohort, name, "人事課")).isInstanceOfSatisfying(FieldRejectedException.class,
                e -> assertThat(e.messageKey()).isEqualTo("hire.duplicate"));
    }

    @Test
    void overdue_and_uncontacted_hires_are_listed_for_follow_up() {
        signIn("admin");
        CohortView cohort = freshCohort();
        long uncontacted = add(cohort, unique("辛"), "東保育所");
        long later = add(cohort, unique("壬"), "東保育所");
        recruitment.changeStatus(later, 0, HireStatus.JOINED, null);
        signIn("seinenbu");
        assertThat(recruitment.followUps(14)).extracting(HireRow::id).contains(uncontacted).doesNotContain(later);
    }

    @Test
    void purging_a_cohort_forgets_the_people_and_keeps_the_counts() {
        signIn("admin");
        CohortView cohort = freshCohort();
        long id = add(cohort, unique("癸"), "市民課");
        recruitment.logContact(id, UnionTime.today(), ContactMethod.PHONE, "電話した");
        recruitment.changeStatus(id, recruitment.hire(id).hire().version(), HireStatus.JOINED, null);
        assertThat(recruitment.purge(cohort.id())).isEqualTo(1);
        HireDetail after = recruitment.hire(id);
        assertThat(after.hire().name()).isNull();
        assertThat(after.contacts()).isEmpty();
        assertThat(recruitment.dashboard(cohort.code()).orElseThrow().total().joined()).isEqualTo(1);
        signIn("iinchou");
        assertThatThrownBy(() -> recruitment.purge(cohort.id())).isInstanceOf(AuthorizationDeniedException.class);
    }
}
