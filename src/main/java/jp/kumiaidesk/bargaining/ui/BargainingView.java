package jp.kumiaidesk.bargaining.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jp.kumiaidesk.bargaining.BargainingService;
import jp.kumiaidesk.bargaining.DemandView;
import jp.kumiaidesk.bargaining.PublishClock;
import jp.kumiaidesk.bargaining.SeasonView;
import jp.kumiaidesk.bargaining.SessionForm;
import jp.kumiaidesk.bargaining.SessionQuery;
import jp.kumiaidesk.bargaining.SessionRow;
import jp.kumiaidesk.base.FormErrors;
import jp.kumiaidesk.base.PageTitles;
import jp.kumiaidesk.base.Pickers;
import jp.kumiaidesk.base.Role;
import jp.kumiaidesk.base.Roles;
import jp.kumiaidesk.base.UnionTime;

/**
 * 団体交渉 — the archive of sessions: search by text, season, demand and date; each row with its same-day clock. The
 * secretariat starts a new session here (it opens at once, ready to type during the meeting).
 */
@Route("bargaining")
@Menu(order = 30, title = "menu.bargaining", icon = "vaadin:briefcase")
@RolesAllowed({Roles.SECRETARIAT, Roles.EXECUTIVE})
final class BargainingView extends Main implements HasDynamicTitle {

    private final BargainingService bargaining;
    private final Clock clock;
    private final TextField text = new TextField();
    private final ComboBox<SeasonView> season = new ComboBox<>();
    private final ComboBox<DemandView> demand = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Grid<SessionRow> grid = new Grid<>();
    private final Span count = new Span();

    BargainingView(BargainingService bargaining, Clock clock, AuthenticationContext authentication) {
        this.bargaining = bargaining;
        this.clock = clock;
        addClassName("kd-view");
        boolean writer = authentication.hasRole(Role.SECRETARIAT.roleName());

        text.setLabel(getTranslation("archive.text"));
        text.setId("bargaining-search");
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        season.setLabel(getTranslation("session.season"));
        season.setId("bargaining-season");
        season.setItemLabelGenerator(SeasonView::name);
        season.setItems(bargaining.seasons());
        season.setClearButtonVisible(true);
        demand.setLabel(getTranslation("session.demand"));
        demand.setItemLabelGenerator(DemandView::title);
        demand.setClearButtonVisible(true);
        demand.setEnabled(false);
        from.setLabel(getTranslation("archive.from"));
        to.setLabel(getTranslation("archive.to"));
        Pickers.localize(from);
        Pickers.localize(to);
        season.addValueChangeListener(e -> {
            demand.clear();
            demand.setEnabled(e.getValue() != null);
            demand.setItems(e.getValue() == null ? List.of() : bargaining.demands(e.getValue().id()));
            refresh();
        });
        text.addValueChangeListener(e -> refresh());
        demand.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());

        FlexLayout filters = new FlexLayout(text, season, demand, from, to);
        filters.addClassName("kd-filters");
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexLayout.Alignment.BASELINE);

        FlexLayout actions = new FlexLayout();
        actions.addClassName("kd-filters");
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        actions.setAlignItems(FlexLayout.Alignment.BASELINE);
        if (writer) {
            Button start = new Button(getTranslation("session.new"), e -> newSession());
            start.setId("session-new");
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button addSeason = new Button(getTranslation("season.new"), e -> seasonDialog());
            addSeason.setId("season-new");
            actions.add(start, addSeason);
        }
        RouterLink sameDay = new RouterLink(getTranslation("same-day.title"), SameDayView.class);
        sameDay.setId("bargaining-same-day");
        actions.add(sameDay);

        grid.addColumn(r -> UnionTime.date(r.heldOn(), getLocale())).setHeader(getTranslation("session.held-on"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> getTranslation(r.kind().translationKey())).setHeader(getTranslation("session.kind"))
                .setAutoWidth(true);
        grid.addColumn(SessionRow::seasonName).setHeader(getTranslation("session.season")).setAutoWidth(true);
        grid.addColumn(SessionRow::demandCount).setHeader(getTranslation("session.demands")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> clockText(r.clock())).setHeader(getTranslation("same-day.clock")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setId("bargaining-sessions");
        grid.addItemClickListener(e -> UI.getCurrent().navigate(SessionView.class,
                new RouteParameters(SessionView.ID, String.valueOf(e.getItem().id()))));
        grid.setAllRowsVisible(true);
        count.setId("bargaining-count");
        add(actions, filters, count, grid);
        refresh();
    }

    private String clockText(PublishClock c) {
        boolean ja = "ja".equals(getLocale().getLanguage());
        String elapsed = PublishClock.format(c.elapsed(clock.instant()), ja);
        if (!c.published()) {
            return getTranslation("same-day.not-yet", elapsed);
        }
        return getTranslation(c.sameDay() ? "session.clock.same-day" : "session.clock.published", elapsed);
    }

    private void refresh() {
        List<SessionRow> rows = bargaining.search(new SessionQuery(text.getValue(),
                season.getValue() == null ? null : season.getValue().id(),
                demand.getValue() == null ? null : demand.getValue().id(), from.getValue(), to.getValue()));
        grid.setItems(rows);
        count.setText(getTranslation("archive.count", rows.size()));
    }

    /** Which season and which day: asked first, so a session never lands in the wrong season. */
    private void newSession() {
        List<SeasonView> seasons = bargaining.seasons();
        if (seasons.isEmpty()) {
            seasonDialog();
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("session.new"));
        dialog.setId("session-new-dialog");
        com.vaadin.flow.component.select.Select<SeasonView> which = new com.vaadin.flow.component.select.Select<>();
        which.setLabel(getTranslation("session.season"));
        which.setItems(seasons);
        which.setItemLabelGenerator(SeasonView::name);
        which.setValue(season.getValue() != null ? season.getValue() : seasons.getFirst());
        which.setId("session-new-season");
        DatePicker day = new DatePicker(getTranslation("session.held-on"));
        Pickers.localize(day);
        day.setValue(LocalDate.now(clock.withZone(UnionTime.ZONE)));
        FormErrors errors = new FormErrors().field(BargainingService.FIELD_SEASON, which)
                .field(BargainingService.FIELD_HELD_ON, day);
        Button start = new Button(getTranslation("session.start"), e -> {
            long[] id = {0};
            if (errors.submit(() -> id[0] = bargaining.createSession(SessionForm.empty(
                    which.getValue() == null ? 0 : which.getValue().id(), day.getValue())), null)) {
                dialog.close();
                UI.getCurrent().navigate(SessionView.class,
                        new RouteParameters(SessionView.ID, String.valueOf(id[0])));
            }
        });
        start.setId("session-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new com.vaadin.flow.component.formlayout.FormLayout(which, day));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), start);
        dialog.open();
        start.focus();
    }

    private void seasonDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("season.new"));
        TextField name = new TextField(getTranslation("season.name"));
        name.setId("season-name");
        name.setPlaceholder(getTranslation("season.name-hint"));
        name.setMaxLength(SeasonView.NAME_MAX_LENGTH);
        name.setWidthFull();
        FormErrors errors = new FormErrors().field(BargainingService.FIELD_SEASON_NAME, name);
        Button save = new Button(getTranslation("action.save"), e -> {
            if (errors.submit(() -> bargaining.createSeason(name.getValue(), null), null)) {
                dialog.close();
                season.setItems(bargaining.seasons());
                FormErrors.success(getTranslation("action.saved"));
            }
        });
        save.setId("season-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(name);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
        name.focus();
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "menu.bargaining");
    }
}
