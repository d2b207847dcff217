package jp.kumiaidesk.sns.ui;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.RouteParameters;

import jakarta.annotation.security.RolesAllowed;

import jp.kumiaidesk.base.PageTitles;
import jp.kumiaidesk.base.Roles;
import jp.kumiaidesk.base.UnionTime;
import jp.kumiaidesk.sns.CampaignService;
import jp.kumiaidesk.sns.CampaignViews.CampaignDetail;
import jp.kumiaidesk.sns.CampaignViews.Step;
import jp.kumiaidesk.sns.Network;
import jp.kumiaidesk.sns.SnsDraftService;
import jp.kumiaidesk.sns.SnsResultsService;
import jp.kumiaidesk.sns.SnsViews.Campaign;
import jp.kumiaidesk.sns.SnsViews.CalendarEntry;

/** The calendar of scheduled and posted drafts, by month or week, filtered by network and campaign. */
@Route("sns/calendar")
@RolesAllowed({Roles.RECRUITER, Roles.SECRETARIAT, Roles.EXECUTIVE})
final class CalendarView extends Main implements HasDynamicTitle {

    enum Period {
        MONTH, WEEK
    }

    private static final java.time.format.DateTimeFormatter TIME = java.time.format.DateTimeFormatter.ofPattern("H:mm");

    private final SnsResultsService results;
    private final RadioButtonGroup<Period> mode = new RadioButtonGroup<>();
    private final ComboBox<Network> network = new ComboBox<>();
    private final ComboBox<Campaign> campaign = new ComboBox<>();
    private final H2 heading = new H2();
    private final Div days = new Div();
    private final Div sequence = new Div();
    private final CampaignService campaigns;
    private LocalDate anchor = UnionTime.today();

    CalendarView(SnsResultsService results, SnsDraftService drafts, CampaignService campaigns) {
        this.results = results;
        this.campaigns = campaigns;
        addClassNames("kd-view", "kd-calendar-view");
        mode.setItems(Period.values());
        mode.setItemLabelGenerator(m -> getTranslation("sns.calendar." + m.name().toLowerCase()));
        mode.setValue(Period.MONTH);
        mode.setId("sns-calendar-mode");
        network.setPlaceholder(getTranslation("sns.all-networks"));
        network.setItems(Network.values());
        network.setItemLabelGenerator(n -> getTranslation(n.labelKey()));
        network.setClearButtonVisible(true);
        network.setId("sns-calendar-network");
        campaign.setPlaceholder(getTranslation("sns.all-campaigns"));
        campaign.setItems(drafts.campaigns());
        campaign.setItemLabelGenerator(Campaign::name);
        campaign.setClearButtonVisible(true);
        Button previous = new Button(VaadinIcon.ANGLE_LEFT.create(), e -> move(-1));
        previous.setAriaLabel(getTranslation("sns.calendar.previous"));
        previous.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button next = new Button(VaadinIcon.ANGLE_RIGHT.create(), e -> move(1));
        next.setAriaLabel(getTranslation("sns.calendar.next"));
        next.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button today = new Button(getTranslation("picker.today"), e -> {
            anchor = UnionTime.today();
            refresh();
        });
        mode.addValueChangeListener(e -> refresh());
        network.addValueChangeListener(e -> refresh());
        campaign.addValueChangeListener(e -> refresh());
        HorizontalLayout nav = new HorizontalLayout(previous, heading, next, today);
        nav.setAlignItems(HorizontalLayout.Alignment.CENTER);
        HorizontalLayout filters = new HorizontalLayout(mode, network, campaign);
        filters.addClassName("kd-wrap");
        days.setId("sns-calendar");
        days.addClassName("kd-calendar");
        sequence.setId("sns-calendar-sequence");
        sequence.addClassName("kd-card");
        add(nav, filters, sequence, days);
        refresh();
    }

    private void move(int step) {
        anchor = mode.getValue() == Period.WEEK ? anchor.plusWeeks(step) : anchor.plusMonths(step);
        refresh();
    }

    void refresh() {
        showSequence();
        boolean week = mode.getValue() == Period.WEEK;
        LocalDate first = week ? anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY))
                : YearMonth.from(anchor).atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
        LocalDate end = week ? first.plusDays(7)
                : YearMonth.from(anchor).atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY))
                        .plusDays(1);
        boolean ja = "ja".equals(getLocale().getLanguage());
        heading.setText(week ? UnionTime.date(first, getLocale()) + " – " + UnionTime.date(end.minusDays(1), getLocale())
                : ja ? anchor.getYear() + "年" + anchor.getMonthValue() + "月"
                        : anchor.getMonth().getDisplayName(TextStyle.FULL, getLocale()) + " " + anchor.getYear());
        List<CalendarEntry> entries = results.calendar(first, end, network.getValue(),
                campaign.getValue() == null ? null : campaign.getValue().id());
        Map<LocalDate, List<CalendarEntry>> byDay = entries.stream()
                .collect(Collectors.groupingBy(e -> e.at().atZone(UnionTime.ZONE).toLocalDate()));
        days.removeAll();
        days.getElement().setAttribute("data-mode", week ? "week" : "month");
        for (DayOfWeek d : List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY)) {
            Div head = new Div(d.getDisplayName(TextStyle.SHORT, getLocale()));
            head.addClassName("kd-calendar-head");
            days.add(head);
        }
        for (LocalDate day = first; day.isBefore(end); day = day.plusDays(1)) {
            Div cell = new Div(new Span(String.valueOf(day.getDayOfMonth())));
            cell.addClassName("kd-calendar-day");
            if (!week && day.getMonthValue() != anchor.getMonthValue()) {
                cell.addClassName("kd-other-month");
            }
            if (day.equals(UnionTime.today())) {
                cell.addClassName("kd-today");
            }
            for (CalendarEntry e : byDay.getOrDefault(day, List.of())) {
                RouterLink link = new RouterLink(DraftView.class, new RouteParameters("id", String.valueOf(e.id())));
                link.setText(TIME.format(e.at().atZone(UnionTime.ZONE)) + " " + e.title());
                link.addClassNames("kd-calendar-entry", "kd-state-" + e.state().name().toLowerCase());
                link.getElement().setAttribute("title", getTranslation(e.state().labelKey())
                        + (e.campaign() == null ? "" : " / " + e.campaign()));
                link.getElement().setAttribute("data-testid", "calendar-entry");
                cell.add(link);
            }
            days.add(cell);
        }
    }

    /** With a campaign chosen: its sequence, minute by minute, above the month. */
    private void showSequence() {
        sequence.removeAll();
        Campaign chosen = campaign.getValue();
        sequence.setVisible(chosen != null);
        if (chosen == null) {
            return;
        }
        CampaignDetail detail = campaigns.get(chosen.id());
        sequence.add(new H3(getTranslation("sns.calendar.sequence", detail.form().name(),
                detail.form().startsAt() == null ? getTranslation("sns.campaign.no-start")
                        : UnionTime.dateTime(detail.form().startsAt().atZone(UnionTime.ZONE).toInstant(),
                                getLocale()))));
        UnorderedList list = new UnorderedList();
        list.addClassName("kd-sequence");
        for (Step step : detail.steps()) {
            Span minute = new Span(SequenceText.minute(this, step));
            minute.addClassName("kd-minute");
            ListItem item = new ListItem(minute, new Span(step.poster()));
            if (step.draftId() != null) {
                item.add(new RouterLink(step.draftTitle(), DraftView.class,
                        new RouteParameters("id", String.valueOf(step.draftId()))),
                        new Span(getTranslation(step.draftState().labelKey())));
            }
            list.add(item);
        }
        if (detail.steps().isEmpty()) {
            list.add(new ListItem(getTranslation("sns.campaign.no-steps")));
        }
        sequence.add(list, new RouterLink(getTranslation("sns.campaign.open"), CampaignView.class,
                new RouteParameters("id", String.valueOf(chosen.id()))));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "sns.calendar");
    }
}
