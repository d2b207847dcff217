package jp.kumiaidesk.recruitment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;

import jp.kumiaidesk.KaribuTest;
import jp.kumiaidesk.base.UnionTime;
import jp.kumiaidesk.layout.NotFoundView;
import jp.kumiaidesk.recruitment.CohortView;
import jp.kumiaidesk.recruitment.EmploymentType;
import jp.kumiaidesk.recruitment.EscalationStage;
import jp.kumiaidesk.recruitment.FollowUpService;
import jp.kumiaidesk.recruitment.FollowUpWindow;
import jp.kumiaidesk.recruitment.HireForm;
import jp.kumiaidesk.recruitment.HireRoute;
import jp.kumiaidesk.recruitment.HireStatus;
import jp.kumiaidesk.recruitment.RecruitmentService;
import jp.kumiaidesk.workplace.WorkplaceNode;
import jp.kumiaidesk.workplace.WorkplaceService;

class FollowUpsViewTest extends KaribuTest {

    private static final java.util.concurrent.atomic.AtomicInteger MONTHS = new java.util.concurrent.atomic.AtomicInteger();

    @Autowired
    RecruitmentService recruitment;

    @Autowired
    FollowUpService followUps;

    @Autowired
    WorkplaceService workplaces;

    @Test
    void the_secretary_general_sees_who_is_behind_and_extends_the_window() {
        login("shokichou");
        CohortView cohort = recruitment.cohortOf(java.time.YearMonth.of(2900, 4).plusMonths(MONTHS.getAndIncrement()));
        long east = workplaces.flatten().stream().filter(w -> w.name().equals("東保育所")).mapToLong(WorkplaceNode::id)
                .findFirst().orElseThrow();
        LocalDate today = UnionTime.today();
        recruitment.addHire(cohort.id(), new HireForm(unique("遅 "), null, east, EmploymentType.REGULAR,
                today.minusDays(20), HireRoute.NEW_GRADUATE, "seinenbu", HireStatus.NOT_CONTACTED, null,
                EscalationStage.RECRUITER, null));
        UI.getCurrent().navigate("recruitment/follow-ups", QueryParameters.of("cohort", cohort.code()));

        Grid<?> byRecruiter = _get(Grid.class, spec -> spec.withId("follow-up-by-recruiter"));
        assertThat(GridKt._getFormattedRow(byRecruiter, 0)).containsExactly("高橋 美咲（青年部）", "1", "0", "1", "1");
        Grid<?> byWorkplace = _get(Grid.class, spec -> spec.withId("follow-up-by-workplace"));
        assertThat(GridKt._getFormattedRow(byWorkplace, 0).getFirst()).isEqualTo("市長部局/福祉部/保育所/東保育所");
        assertThat(_get(Paragraph.class, spec -> spec.withId("follow-up-window-state")).getText()).contains("期間外");

        DatePicker to = _get(DatePicker.class, spec -> spec.withId("follow-up-window-to"));
        type(_get(DatePicker.class, spec -> spec.withId("follow-up-window-from")), today.plusDays(10));
        type(to, today);
        _click(_get(Button.class, spec -> spec.withId("follow-up-window-save")));
        assertThat(to.getErrorMessage()).isEqualTo("終了日は開始日以降にしてください");
        assertThat(followUps.window(cohort.id())).isEqualTo(FollowUpWindow.defaultFor(cohort.month()));

        type(_get(DatePicker.class, spec -> spec.withId("follow-up-window-from")), today.minusDays(30));
        type(to, today.plusDays(30));
        _click(_get(Button.class, spec -> spec.withId("follow-up-window-save")));
        assertThat(followUps.window(cohort.id())).isEqualTo(new FollowUpWindow(today.minusDays(30),
                today.plusDays(30)));
        assertThat(_get(Paragraph.class, spec -> spec.withId("follow-up-window-state")).getText()).contains("実施中");
    }

    @Test
    void recruiters_do_not_open_the_overview() {
        openAs("seinenbu", "recruitment/follow-ups");
        _get(NotFoundView.class);
    }
}
