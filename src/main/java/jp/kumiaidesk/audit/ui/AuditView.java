package jp.kumiaidesk.audit.ui;

import jakarta.annotation.security.RolesAllowed;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jp.kumiaidesk.base.OffsetLimit;
import jp.kumiaidesk.base.Pickers;
import jp.kumiaidesk.base.PageTitles;
import jp.kumiaidesk.audit.AuditEvent;
import jp.kumiaidesk.audit.AuditQuery;
import jp.kumiaidesk.audit.AuditService;
import jp.kumiaidesk.base.Roles;
import jp.kumiaidesk.base.SystemAuthentication;
import jp.kumiaidesk.base.UnionTime;

/** 監査ログ: who did what to which record and when, newest first, searchable by person, action, text and date. */
@Route("admin/audit")
@Menu(order = 92, title = "menu.audit", icon = "vaadin:clipboard-text")
@RolesAllowed(Roles.ADMIN)
final class AuditView extends Main implements HasDynamicTitle {

    private final AuditService audit;
    private final Grid<AuditEvent> grid = new Grid<>();
    private final TextField actor = new TextField();
    private final ComboBox<String> action = new ComboBox<>();
    private final TextField text = new TextField();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    /** Display names of the actors of the rows fetched so far (login name → name). */
    private final Map<String, String> names = new HashMap<>();

    AuditView(AuditService audit) {
        this.audit = audit;
        addClassName("kd-view");
        actor.setLabel(getTranslation("audit.actor"));
        actor.setId("audit-actor");
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        actor.setClearButtonVisible(true);
        actor.setHelperText(getTranslation("audit.actor-help"));
        action.setLabel(getTranslation("audit.action"));
        action.setItems(audit.actions());
        action.setItemLabelGenerator(this::actionLabel);
        action.setClearButtonVisible(true);
        text.setLabel(getTranslation("audit.text"));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        from.setLabel(getTranslation("audit.from"));
        to.setLabel(getTranslation("audit.to"));
        Pickers.localize(from);
        Pickers.localize(to);
        Button reset = new Button(getTranslation("action.reset"), e -> {
            actor.clear();
            action.clear();
            text.clear();
            from.clear();
            to.clear();
        });
        // the filters above (above all the date range) choose what the CSV holds
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = audit.exportCsv(query(), getLocale());
            return new DownloadResponse(new ByteArrayInputStream(bytes), "audit-" + UnionTime.today() + ".csv",
                    "text/csv; charset=UTF-8", bytes.length);
        }), getTranslation("audit.export-csv"));
        csv.setId("audit-csv");
        FlexLayout filters = new FlexLayout(actor, action, text, from, to, reset, csv);
        filters.addClassName("kd-filters");
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexLayout.Alignment.BASELINE);

        grid.addColumn(e -> UnionTime.dateTime(e.getOccurredAt(), getLocale()))
                .setHeader(getTranslation("audit.when")).setAutoWidth(true);
        grid.addComponentColumn(e -> actorCell(e.getActor())).setHeader(getTranslation("audit.actor"))
                .setKey("actor").setAutoWidth(true);
        grid.addColumn(e -> actionLabel(e.getAction())).setHeader(getTranslation("audit.action"))
                .setAutoWidth(true);
        grid.addColumn(e -> e.getTargetType() == null ? "" : e.getTargetType() + " #" + e.getTargetId())
                .setHeader(getTranslation("audit.target")).setAutoWidth(true);
        AuditDetails details = new AuditDetails(this, this::getLocale);
        grid.addColumn(e -> details.of(e.getAction(), e.getDetails())).setHeader(getTranslation("audit.details"))
                .setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.setItems(q -> {
            List<AuditEvent> rows = audit.search(query(), OffsetLimit.of(q)).getContent();
            List<String> unknown = rows.stream().map(AuditEvent::getActor)
                    .filter(a -> a != null && !names.containsKey(a)).distinct().toList();
            if (!unknown.isEmpty()) {
                Map<String, String> found = audit.displayNames(unknown);
                // remembered either way: an actor without an account is not looked up on every scroll
                unknown.forEach(a -> names.put(a, found.get(a)));
            }
            return rows.stream();
        });
        for (var field : java.util.List.of(actor, text)) {
            field.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        }
        action.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        from.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        to.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        add(filters, grid);
        addClassName("kd-fill");
    }

    /**
     * Who: the person's display name, and their login name on a second line (phones show no tooltips); the system in
     * words; a login name no account has (a mistyped login, a removed account) as recorded.
     */
    private Div actorCell(String login) {
        Div cell = new Div();
        cell.addClassName("kd-audit-actor");
        String name = SystemAuthentication.SYSTEM.equals(login) ? getTranslation("audit.actor-system")
                : names.get(login);
        Div first = new Div(name != null ? name : login == null ? "" : login);
        first.addClassName("kd-audit-actor-name");
        cell.add(first);
        if (name != null && login != null) {
            Div second = new Div(login);
            second.addClassNames("kd-audit-actor-login", "kd-muted");
            cell.add(second);
        }
        return cell;
    }

    private AuditQuery query() {
        return new AuditQuery(actor.getValue(), action.getValue(), text.getValue(), from.getValue(), to.getValue());
    }

    private String actionLabel(String code) {
        String key = "audit.action." + code;
        String label = getTranslation(key);
        return label.equals(key) || label.startsWith("!") ? code : label;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "menu.audit");
    }
}
