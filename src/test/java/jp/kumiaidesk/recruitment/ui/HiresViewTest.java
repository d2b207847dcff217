package jp.kumiaidesk.recruitment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;

import jp.kumiaidesk.KaribuTest;
import jp.kumiaidesk.base.UnionTime;
import jp.kumiaidesk.recruitment.CohortView;
import jp.kumiaidesk.recruitment.EmploymentType;
import jp.kumiaidesk.recruitment.HireForm;
import jp.kumiaidesk.recruitment.HireRoute;
import jp.kumiaidesk.recruitment.HireStatus;
import jp.kumiaidesk.recruitment.RecruitmentService;
import jp.kumiaidesk.workplace.WorkplaceNode;
import jp.kumiaidesk.workplace.WorkplaceService;

/**
 * The tracker's cards are rendered by the virtual list in the browser, so these tests open the same dialogs a card
 * opens (the browser journey taps the real cards).
 */
class HiresViewTest extends KaribuTest {

    @Autowired
    RecruitmentService recruitment;

    @Autowired
    WorkplaceService workplaces;

    private CohortView cohortWithOneHire(String name) {
        CohortView cohort = recruitment.cohortOf(unusedCohortMonth());
        long place = workplaces.flatten().stream().filter(w -> w.name().equals("東保育所")).mapToLong(WorkplaceNode::id)
                .findFirst().orElseThrow();
        recruitment.addHire(cohort.id(), HireForm.of(name, "テスト", place, EmploymentType.REGULAR,
                cohort.month().atDay(1), HireRoute.NEW_GRADUATE));
        return cohort;
    }

    @Test
    void a_recruiter_logs_a_contact_and_the_hire_moves_to_talked() {
        login("seinenbu");
        String name = unique("東 ");
        CohortView cohort = cohortWithOneHire(name);
        UI.getCurrent().navigate("recruitment/hires", QueryParameters.of("cohort", cohort.code()));
        var hire = recruitment.hires(cohort.id(), null, null, org.springframework.data.domain.PageRequest.of(0, 5))
                .getContent().getFirst();
        new ContactDialog(recruitment, hire, () -> { }).open();
        Dialog dialog = _get(Dialog.class, spec -> spec.withId("contact-dialog"));
        Button save = _get(dialog, Button.class, spec -> spec.withId("contact-save"));
        _click(save);
        TextArea reaction = _get(dialog, TextArea.class, spec -> spec.withLabel("反応"));
        assertThat(reaction.getErrorMessage()).isEqualTo("入力してください");
        type(reaction, "説明会のあと声をかけた。前向き。");
        _click(save);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(recruitment.hire(hire.id()).hire().status()).isEqualTo(HireStatus.TALKED);
        assertThat(recruitment.hire(hire.id()).contacts().getFirst().contactedOn()).isEqualTo(UnionTime.today());
    }

    @Test
    void a_recruiter_adds_a_hire_by_hand_and_bad_input_stays_in_the_form() {
        login("seinenbu");
        CohortView cohort = cohortWithOneHire(unique("既存 "));
        UI.getCurrent().navigate("recruitment/hires", QueryParameters.of("cohort", cohort.code()));
        _click(_get(Button.class, spec -> spec.withId("recruitment-add-hire")));
        Dialog dialog = _get(Dialog.class, spec -> spec.withId("hire-dialog"));
        TextField name = _get(dialog, TextField.class, spec -> spec.withLabel("氏名"));
        type(name, "<b>太郎</b>");
        _click(_get(dialog, Button.class, spec -> spec.withId("hire-save")));
        assertThat(name.getErrorMessage()).isEqualTo("「<」「>」は使えません");
        type(name, "新人 太郎");
        _click(_get(dialog, Button.class, spec -> spec.withId("hire-save")));
        assertThat(_get(dialog, com.vaadin.flow.component.combobox.ComboBox.class,
                spec -> spec.withLabel("所属名")).getErrorMessage()).contains("担当外");
        assertThat(name.getValue()).isEqualTo("新人 太郎");
    }

    @Test
    void the_tracker_of_a_cohort_lists_its_hires() {
        login("iinchou");
        CohortView cohort = cohortWithOneHire(unique("一覧 "));
        UI.getCurrent().navigate("recruitment/hires", QueryParameters.of("cohort", cohort.code()));
        _get(com.vaadin.flow.component.virtuallist.VirtualList.class);
        assertThat(recruitment.countHires(cohort.id(), null, null)).isEqualTo(1);
        com.github.mvysny.kaributesting.v10.LocatorJ._assertNone(com.vaadin.flow.component.html.Paragraph.class);
    }

    @Test
    void a_600_hire_cohort_scrolls_to_its_end_as_the_secretary_general_and_as_a_recruiter() {
        login("shokichou");
        java.util.List<WorkplaceNode> places = workplaces.flatten();
        CohortView cohort = jp.kumiaidesk.recruitment.BigCohort.create(recruitment, jdbc, places, 600);
        UI.getCurrent().navigate("recruitment/hires", QueryParameters.of("cohort", cohort.code()));
        java.util.List<jp.kumiaidesk.recruitment.HireRow> all = jp.kumiaidesk.LazyScroll.toEnd(tracker());
        assertThat(all).hasSize(600);
        assertThat(all.stream().map(jp.kumiaidesk.recruitment.HireRow::workplaceId).distinct())
                .containsExactlyInAnyOrderElementsOf(places.stream().map(WorkplaceNode::id).toList());

        newVaadinSession();
        login("seinenbu");
        UI.getCurrent().navigate("recruitment/hires", QueryParameters.of("cohort", cohort.code()));
        // small windows, so that even a recruiter's share of the cohort takes several of them
        java.util.List<jp.kumiaidesk.recruitment.HireRow> mine = jp.kumiaidesk.LazyScroll.toEnd(tracker(), 5, 7);
        assertThat(mine).hasSize(recruitment.countHires(cohort.id(), null, null)).hasSizeGreaterThan(7);
        assertThat(mine.stream().map(jp.kumiaidesk.recruitment.HireRow::workplaceId).distinct())
                .containsExactlyInAnyOrderElementsOf(
                        recruitment.workplacesInScope().stream().map(WorkplaceNode::id).toList());
    }

    @SuppressWarnings("unchecked")
    private static com.vaadin.flow.data.provider.DataCommunicator<jp.kumiaidesk.recruitment.HireRow> tracker() {
        return _get(com.vaadin.flow.component.virtuallist.VirtualList.class).getDataCommunicator();
    }

    @Test
    void choosing_another_cohort_opens_its_list() {
        login("seinenbu");
        CohortView first = cohortWithOneHire(unique("一 "));
        CohortView second = cohortWithOneHire(unique("二 "));
        UI.getCurrent().navigate("recruitment/hires", QueryParameters.of("cohort", first.code()));
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<CohortView> cohorts = com.github.mvysny.kaributesting.v10.LocatorJ
                ._get(com.vaadin.flow.component.select.Select.class, spec -> spec.withId("recruitment-cohort"));
        type(cohorts, cohorts.getListDataView().getItems().filter(c -> c.code().equals(second.code())).findFirst()
                .orElseThrow());
        var location = UI.getCurrent().getInternals().getActiveViewLocation();
        assertThat(location.getPath()).isEqualTo("recruitment/hires");
        assertThat(location.getQueryParameters().getParameters().get("cohort")).containsExactly(second.code());
    }
}
