package jp.kumiaidesk.sns.ui;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

import jp.kumiaidesk.base.OffsetLimit;
import jp.kumiaidesk.base.PageTitles;
import jp.kumiaidesk.base.Roles;
import jp.kumiaidesk.base.UnionTime;
import jp.kumiaidesk.sns.DraftState;
import jp.kumiaidesk.sns.SnsDraftService;
import jp.kumiaidesk.sns.SnsViews.DraftRow;

/** SNS drafts: what waits for me, then every draft by state; a tap opens the draft. */
@Route("sns")
@Menu(order = 10, title = "menu.sns", icon = "vaadin:comment-ellipsis")
@RolesAllowed({Roles.RECRUITER, Roles.SECRETARIAT, Roles.EXECUTIVE})
final class SnsView extends Main implements HasDynamicTitle {

    private final SnsDraftService drafts;
    private final Grid<DraftRow> grid = new Grid<>(DraftRow.class, false);
    private Set<DraftState> states = Set.of();

    SnsView(SnsDraftService drafts) {
        this.drafts = drafts;
        addClassNames("kd-view", "kd-fill");
        Button create = new Button(getTranslation("sns.new"), VaadinIcon.PLUS.create(),
                e -> e.getSource().getUI().ifPresent(ui -> ui.navigate("sns/new")));
        create.setId("sns-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout tools = new HorizontalLayout(create,
                new RouterLink(getTranslation("sns.calendar"), CalendarView.class),
                new RouterLink(getTranslation("sns.monthly-review"), MonthlyReviewView.class),
                new RouterLink(getTranslation("sns.campaigns"), CampaignsView.class));
        tools.setAlignItems(HorizontalLayout.Alignment.CENTER);
        tools.addClassName("kd-wrap");

        List<DraftRow> waiting = drafts.waitingForMe();
        Tabs tabs = new Tabs();
        Tab all = new Tab(getTranslation("sns.tab.all"));
        Tab mine = new Tab(getTranslation("sns.tab.waiting-for-me", waiting.size()));
        tabs.add(all);
        if (!waiting.isEmpty()) {
            tabs.add(mine);
        }
        for (DraftState state : DraftState.values()) {
            Tab tab = new Tab(getTranslation(state.labelKey()));
            tab.getElement().setAttribute("data-state", state.name());
            tabs.add(tab);
        }
        tabs.addSelectedChangeListener(e -> {
            if (e.getSelectedTab() == mine) {
                grid.setItems(drafts.waitingForMe());
                return;
            }
            String state = e.getSelectedTab().getElement().getAttribute("data-state");
            states = state == null ? Set.of() : EnumSet.of(DraftState.valueOf(state));
            refresh();
        });

        grid.addColumn(DraftRow::title).setHeader(getTranslation("sns.title")).setFlexGrow(3);
        grid.addComponentColumn(r -> {
            Span badge = new Span(getTranslation(r.state().labelKey()));
            badge.getElement().setAttribute("theme", ("badge " + r.state().badgeTheme()).strip());
            return badge;
        }).setHeader(getTranslation("sns.state")).setAutoWidth(true);
        grid.addColumn(r -> r.networks().stream().map(n -> getTranslation(n.labelKey()))
                .collect(Collectors.joining("・"))).setHeader(getTranslation("sns.networks")).setFlexGrow(2);
        grid.addColumn(r -> UnionTime.dateTime(r.postAt(), getLocale())).setHeader(getTranslation("sns.post-at"))
                .setAutoWidth(true);
        grid.addColumn(DraftRow::authorName).setHeader(getTranslation("sns.author")).setAutoWidth(true);
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.setId("sns-drafts");
        grid.setEmptyStateText(getTranslation("sns.none"));
        refresh();
        if (!waiting.isEmpty()) {
            tabs.setSelectedTab(mine);
        }
        add(tools, tabs, grid);
        grid.setSizeFull();
    }

    void open(DraftRow row) {
        getUI().ifPresent(ui -> ui.navigate("sns/drafts/" + row.id()));
    }

    private void refresh() {
        grid.setItems(query -> drafts.list(states, OffsetLimit.of(query)).stream());
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "menu.sns");
    }
}
