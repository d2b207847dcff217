package jp.kumiaidesk.bargaining.ui;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jp.kumiaidesk.bargaining.AnswerOutcome;
import jp.kumiaidesk.bargaining.BargainingService;
import jp.kumiaidesk.bargaining.DemandTimeline;
import jp.kumiaidesk.base.NotFoundException;
import jp.kumiaidesk.base.PageTitles;
import jp.kumiaidesk.base.Roles;
import jp.kumiaidesk.base.UnionTime;

/** One demand's timeline: the employer's answer session by session (1st answer → 2nd → 妥結). */
@Route("bargaining/demands/:id")
@RolesAllowed({Roles.SECRETARIAT, Roles.EXECUTIVE})
final class DemandHistoryView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";

    private final BargainingService bargaining;

    DemandHistoryView(BargainingService bargaining) {
        this.bargaining = bargaining;
        addClassName("kd-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        DemandTimeline timeline;
        try {
            timeline = bargaining.timeline(Long.parseLong(event.getRouteParameters().get(ID).orElse("")));
        } catch (NumberFormatException | NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        removeAll();
        add(new H2(timeline.demand().title()), new Paragraph(timeline.seasonName()));
        Div steps = new Div();
        steps.addClassName("kd-timeline");
        steps.setId("demand-timeline");
        if (timeline.steps().isEmpty()) {
            steps.add(new Paragraph(getTranslation("demand.no-answers")));
        }
        int n = 0;
        for (DemandTimeline.Step step : timeline.steps()) {
            n++;
            Div item = new Div();
            item.addClassName("kd-timeline-step");
            if (step.outcome() == AnswerOutcome.SETTLED) {
                item.addClassName("kd-settled");
            }
            item.getElement().setAttribute("data-testid", "timeline-step");
            Span when = new Span(getTranslation("demand.step", n) + "　" + UnionTime.date(step.heldOn(), getLocale())
                    + "　" + getTranslation(step.kind().translationKey()));
            when.addClassName("kd-timeline-when");
            Span outcome = new Span(getTranslation(step.outcome().translationKey()));
            outcome.getElement().getThemeList().add("badge" + (step.outcome() == AnswerOutcome.SETTLED ? " success"
                    : step.outcome() == AnswerOutcome.CARRIED_OVER ? " contrast" : ""));
            Paragraph answer = new Paragraph(step.answer() == null ? "" : step.answer());
            answer.addClassName("kd-pre");
            RouterLink open = new RouterLink(getTranslation("demand.open-session"), SessionView.class,
                    new RouteParameters(SessionView.ID, String.valueOf(step.sessionId())));
            item.add(new Div(when, outcome), answer, open);
            steps.add(item);
        }
        add(steps, new RouterLink(getTranslation("bargaining.back"), BargainingView.class));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "demand.history");
    }
}
