package jp.kumiaidesk.security.ui;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jp.kumiaidesk.base.OffsetLimit;
import jp.kumiaidesk.base.PageTitles;
import jp.kumiaidesk.base.Roles;
import jp.kumiaidesk.base.UnionTime;
import jp.kumiaidesk.security.Passkeys;
import jp.kumiaidesk.security.ThrottledAddresses;
import jp.kumiaidesk.security.UserService;
import jp.kumiaidesk.security.UserSummary;
import jp.kumiaidesk.workplace.WorkplaceNode;
import jp.kumiaidesk.workplace.WorkplaceService;

/** ユーザー管理: accounts, roles and the workplaces each recruiter looks after. */
@Route("admin/users")
@Menu(order = 90, title = "menu.users", icon = "vaadin:users")
@RolesAllowed(Roles.ADMIN)
final class UsersView extends Main implements HasDynamicTitle {

    private final UserService users;
    private final WorkplaceService workplaces;
    private final Passkeys passkeys;
    private final ThrottledAddresses addresses;
    private final Grid<UserSummary> grid = new Grid<>();
    private final Details waiting = new Details();

    UsersView(UserService users, WorkplaceService workplaces, Passkeys passkeys, ThrottledAddresses addresses) {
        this.users = users;
        this.addresses = addresses;
        this.passkeys = passkeys;
        this.workplaces = workplaces;
        addClassName("kd-view");
        Button create = new Button(getTranslation("user.new"), VaadinIcon.PLUS.create(), e -> open(null));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("user-new");

        Map<Long, String> workplaceNames = workplaces.flatten().stream()
                .collect(Collectors.toMap(WorkplaceNode::id, WorkplaceNode::name));
        grid.addColumn(UserSummary::username).setHeader(getTranslation("user.username")).setAutoWidth(true);
        grid.addColumn(UserSummary::displayName).setHeader(getTranslation("user.display-name")).setAutoWidth(true);
        grid.addColumn(u -> u.roles().stream().sorted().map(r -> getTranslation(r.translationKey()))
                .collect(Collectors.joining("・"))).setHeader(getTranslation("user.roles")).setAutoWidth(true);
        grid.addColumn(u -> u.workplaceIds().stream().map(id -> workplaceNames.getOrDefault(id, "?")).sorted()
                .collect(Collectors.joining("、"))).setHeader(getTranslation("user.workplaces")).setFlexGrow(1);
        grid.addComponentColumn(this::status).setHeader(getTranslation("user.status")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(query -> users.list(OffsetLimit.of(query)).stream());
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.setSizeFull();
        waiting.setId("throttled-addresses");
        waiting.addClassName("kd-throttled-addresses");
        showWaiting();
        add(create, waiting, grid);
        addClassName("kd-fill");
    }

    /**
     * The source addresses whose sign-ins wait (a shared office line slowed down by one person's failures), each
     * with 解除; hidden while there are none.
     */
    private void showWaiting() {
        List<ThrottledAddresses.Waiting> all = addresses.waiting();
        waiting.setVisible(!all.isEmpty());
        waiting.setSummaryText(getTranslation("user.addresses.title", all.size()));
        waiting.removeAll();
        waiting.add(new Paragraph(getTranslation("user.addresses.help")));
        for (ThrottledAddresses.Waiting w : all) {
            Span text = new Span(getTranslation("user.addresses.row", w.address(),
                    UnionTime.dateTime(w.until(), getLocale())));
            Button clear = new Button(getTranslation("user.addresses.clear"), e -> {
                addresses.clear(w.address());
                Notification.show(getTranslation("user.addresses.cleared", w.address()));
                showWaiting();
            });
            clear.addThemeVariants(ButtonVariant.LUMO_SMALL);
            clear.getElement().setAttribute("data-address", w.address());
            Div row = new Div(text, clear);
            row.addClassName("kd-throttled-address");
            waiting.add(row);
        }
    }

    private Span status(UserSummary user) {
        Span badge = new Span();
        badge.getElement().getThemeList().add("badge");
        if (!user.enabled()) {
            badge.setText(getTranslation("user.status.disabled"));
            badge.getElement().getThemeList().add("contrast");
        } else if (user.lockedUntil() != null && user.lockedUntil().isAfter(java.time.Instant.now())) {
            badge.setText(getTranslation("user.status.locked", UnionTime.dateTime(user.lockedUntil(), getLocale())));
            badge.getElement().getThemeList().add("error");
        } else {
            badge.setText(getTranslation("user.status.active"));
            badge.getElement().getThemeList().add("success");
        }
        return badge;
    }

    private void open(UserSummary user) {
        new UserDialog(users, passkeys, workplaces.flatten(), user == null ? null : users.get(user.id()),
                () -> grid.getDataProvider().refreshAll()).open();
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "menu.users");
    }
}
