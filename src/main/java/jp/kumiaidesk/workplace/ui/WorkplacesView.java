package jp.kumiaidesk.workplace.ui;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jp.kumiaidesk.base.PageTitles;
import jp.kumiaidesk.base.DangerousAction;
import jp.kumiaidesk.base.FieldRejectedException;
import jp.kumiaidesk.base.FormErrors;
import jp.kumiaidesk.base.Role;
import jp.kumiaidesk.base.Roles;
import jp.kumiaidesk.workplace.OrganizationRate;
import jp.kumiaidesk.workplace.RateBar;
import jp.kumiaidesk.workplace.RateBasis;
import jp.kumiaidesk.workplace.WorkplaceNode;
import jp.kumiaidesk.workplace.WorkplaceService;

/**
 * 所属と組織率: the workplace tree with each node's staff, members and organization rate (own and rolled up),
 * the whole union's rate on top. Administrators add, edit and remove workplaces here.
 */
@Route("workplaces")
@Menu(order = 50, title = "menu.workplaces", icon = "vaadin:sitemap")
@RolesAllowed({Roles.EXECUTIVE, Roles.SECRETARIAT, Roles.ADMIN})
final class WorkplacesView extends Main implements HasDynamicTitle {

    private final WorkplaceService workplaces;
    private final boolean admin;
    private final TreeGrid<WorkplaceNode> grid = new TreeGrid<>();
    private final Div total = new Div();
    private final Div basis = new Div();

    WorkplacesView(WorkplaceService workplaces, AuthenticationContext authentication) {
        this.workplaces = workplaces;
        this.admin = authentication.hasRole(Role.ADMIN.roleName());
        addClassName("kd-view");
        total.setId("workplace-union-rate");
        total.addClassName("kd-stat");

        grid.addHierarchyColumn(WorkplaceNode::name).setHeader(getTranslation("workplace.name"))
                .setFlexGrow(2).setResizable(true);
        grid.addColumn(WorkplaceNode::totalRegular).setHeader(getTranslation("workplace.regular"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(WorkplaceNode::totalNonRegular).setHeader(getTranslation("workplace.non-regular"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(WorkplaceNode::totalMembers).setHeader(getTranslation("workplace.members"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addComponentColumn(n -> new RateBar(n.rate())).setHeader(getTranslation("workplace.rate"))
                .setComparator(n -> n.rate().percent().orElse(-1)).setWidth("11rem").setFlexGrow(0);
        grid.addComponentColumn(n -> new RateBasis(n.basisDate(), n.totalChange()))
                .setHeader(getTranslation("workplace.rate-basis.header")).setAutoWidth(true);
        if (admin) {
            grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true).setFlexGrow(0);
        }
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.setPartNameGenerator(n -> n.parentId() == null ? "kd-root-row" : null);

        basis.setId("workplace-rate-basis");
        HorizontalLayout toolbar = new HorizontalLayout(total, basis);
        toolbar.setAlignItems(HorizontalLayout.Alignment.CENTER);
        toolbar.setWidthFull();
        if (admin) {
            Button add = new Button(getTranslation("workplace.add-root"), VaadinIcon.PLUS.create(),
                    e -> new WorkplaceDialog(workplaces, null, null, this::refresh).open());
            add.setId("workplace-add");
            toolbar.add(add);
        }
        add(toolbar, grid);
        addClassName("kd-fill");
        refresh();
    }

    private void refresh() {
        List<WorkplaceNode> roots = workplaces.tree();
        TreeData<WorkplaceNode> data = new TreeData<>();
        data.addItems(roots, WorkplaceNode::children);
        grid.setDataProvider(new TreeDataProvider<>(data));
        grid.expandRecursively(roots, Integer.MAX_VALUE);
        WorkplaceNode whole = workplaces.union();
        OrganizationRate union = whole.rate();
        total.setText(getTranslation("workplace.union-rate", union.formatted(), union.members(), union.staff()));
        basis.removeAll();
        basis.add(new RateBasis(whole.basisDate(), whole.totalChange()));
    }

    private Component actions(WorkplaceNode node) {
        Button addChild = new Button(VaadinIcon.PLUS.create(),
                e -> new WorkplaceDialog(workplaces, node.id(), null, this::refresh).open());
        addChild.setAriaLabel(getTranslation("workplace.add-child"));
        addChild.setTooltipText(getTranslation("workplace.add-child"));
        Button edit = new Button(VaadinIcon.EDIT.create(),
                e -> new WorkplaceDialog(workplaces, node.parentId(), node, this::refresh).open());
        edit.setAriaLabel(getTranslation("action.edit"));
        edit.setTooltipText(getTranslation("action.edit"));
        Button delete = new Button(VaadinIcon.TRASH.create(), e -> confirmDelete(node));
        delete.setAriaLabel(getTranslation("action.delete"));
        delete.setTooltipText(getTranslation("action.delete"));
        for (Button b : List.of(addChild, edit, delete)) {
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            b.getElement().setAttribute("data-testid", "workplace-" + node.id());
        }
        return new HorizontalLayout(addChild, edit, delete);
    }

    private void confirmDelete(WorkplaceNode node) {
        DangerousAction.confirm(getTranslation("workplace.delete.title"),
                getTranslation("workplace.delete.message", node.path()), getTranslation("action.delete"),
                getTranslation("action.cancel"), () -> {
                    try {
                        workplaces.delete(node.id());
                        refresh();
                    } catch (FieldRejectedException rejected) {
                        FormErrors.error(getTranslation(rejected.messageKey()));
                    }
                });
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "menu.workplaces");
    }
}
