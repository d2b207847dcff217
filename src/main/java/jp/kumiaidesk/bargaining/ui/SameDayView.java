package jp.kumiaidesk.bargaining.ui;

import java.time.Clock;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jp.kumiaidesk.bargaining.BargainingService;
import jp.kumiaidesk.bargaining.PublishClock;
import jp.kumiaidesk.bargaining.SameDayReport;
import jp.kumiaidesk.bargaining.SessionRow;
import jp.kumiaidesk.base.PageTitles;
import jp.kumiaidesk.base.Roles;
import jp.kumiaidesk.base.UnionTime;

/** 当日発行: for every session, the time from its end to its newsletter, and the share published the same day. */
@Route("bargaining/same-day")
@RolesAllowed({Roles.SECRETARIAT, Roles.EXECUTIVE})
final class SameDayView extends Main implements HasDynamicTitle {

    SameDayView(BargainingService bargaining, Clock clock) {
        addClassName("kd-view");
        SameDayReport report = bargaining.sameDayReport(null);
        Span share = new Span(String.format(Locale.ROOT, "%.0f%%", report.sameDayPercent()));
        share.addClassName("kd-figure");
        share.setId("same-day-share");
        Div card = new Div(new Div(getTranslation("same-day.share")), share,
                new Div(getTranslation("same-day.counts", report.sessions().size(), report.published(),
                        report.sameDay())));
        card.addClassName("kd-card");
        boolean ja = "ja".equals(getLocale().getLanguage());
        Grid<SessionRow> grid = new Grid<>();
        grid.addColumn(r -> UnionTime.date(r.heldOn(), getLocale())).setHeader(getTranslation("session.held-on"))
                .setAutoWidth(true);
        grid.addColumn(r -> getTranslation(r.kind().translationKey())).setHeader(getTranslation("session.kind"))
                .setAutoWidth(true);
        grid.addColumn(SessionRow::seasonName).setHeader(getTranslation("session.season")).setAutoWidth(true);
        grid.addColumn(r -> PublishClock.format(r.clock().elapsed(clock.instant()), ja))
                .setHeader(getTranslation("same-day.clock")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation(!r.clock().published() ? "same-day.state.waiting"
                : r.clock().sameDay() ? "same-day.state.same-day" : "same-day.state.later"))
                .setHeader(getTranslation("same-day.state")).setAutoWidth(true);
        grid.setItems(report.sessions());
        grid.setAllRowsVisible(true);
        grid.setId("same-day-sessions");
        grid.addItemClickListener(e -> UI.getCurrent().navigate(SessionView.class,
                new RouteParameters(SessionView.ID, String.valueOf(e.getItem().id()))));
        FlexLayout top = new FlexLayout(card);
        add(top, grid, new RouterLink(getTranslation("bargaining.back"), BargainingView.class));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "same-day.title");
    }
}
