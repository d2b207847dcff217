package jp.kumiaidesk.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import jp.kumiaidesk.ServiceTest;
import jp.kumiaidesk.base.OffsetLimit;
import jp.kumiaidesk.workplace.WorkplaceNode;
import jp.kumiaidesk.workplace.WorkplaceService;

/** The tracker of a 600-hire cohort (the size of the largest union's), read in the windows a phone asks for. */
class TrackerAtSizeTest extends ServiceTest {

    @Autowired
    RecruitmentService recruitment;

    @Autowired
    WorkplaceService workplaces;

    @Test
    void every_window_of_a_600_hire_cohort_holds_exactly_its_rows_and_every_workplace_appears() {
        signIn("shokichou");
        List<WorkplaceNode> places = workplaces.flatten();
        CohortView cohort = BigCohort.create(recruitment, jdbc, places, 600);
        assertThat(recruitment.countHires(cohort.id(), null, null)).isEqualTo(600);
        List<HireRow> all = recruitment.hires(cohort.id(), null, null, PageRequest.of(0, 1000)).getContent();
        assertThat(all).hasSize(600);
        for (int offset = 0; offset < 600; offset += 37) {
            assertThat(recruitment.hires(cohort.id(), null, null, OffsetLimit.of(offset, 50)).getContent())
                    .as("offset %d", offset).isEqualTo(all.subList(offset, Math.min(600, offset + 50)));
        }
        assertThat(all.stream().map(HireRow::workplaceId).collect(Collectors.toSet()))
                .isEqualTo(places.stream().map(WorkplaceNode::id).collect(Collectors.toSet()));
    }

    @Test
    void a_recruiter_reads_their_own_workplaces_of_a_big_cohort_in_any_window() {
        signIn("admin");
        List<WorkplaceNode> places = workplaces.flatten();
        CohortView cohort = BigCohort.create(recruitment, jdbc, places, 600);
        signIn("seinenbu");
        Set<Long> mine = recruitment.workplacesInScope().stream().map(WorkplaceNode::id).collect(Collectors.toSet());
        int count = recruitment.countHires(cohort.id(), null, null);
        assertThat(count).as("several windows of 7").isGreaterThan(7);
        List<HireRow> all = recruitment.hires(cohort.id(), null, null, PageRequest.of(0, 1000)).getContent();
        assertThat(all).hasSize(count).allMatch(h -> mine.contains(h.workplaceId()));
        for (int offset = 0; offset < count; offset += 5) {
            assertThat(recruitment.hires(cohort.id(), null, null, OffsetLimit.of(offset, 7)).getContent())
                    .as("offset %d", offset).isEqualTo(all.subList(offset, Math.min(count, offset + 7)));
        }
    }
}
