package jp.kumiaidesk.newsletter.ui;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jp.kumiaidesk.bargaining.BargainingService;
import jp.kumiaidesk.bargaining.SeasonView;
import jp.kumiaidesk.base.FormErrors;
import jp.kumiaidesk.base.PageTitles;
import jp.kumiaidesk.base.Pickers;
import jp.kumiaidesk.base.Role;
import jp.kumiaidesk.base.Roles;
import jp.kumiaidesk.base.UnionTime;
import jp.kumiaidesk.newsletter.NewsletterQuery;
import jp.kumiaidesk.newsletter.NewsletterService;
import jp.kumiaidesk.newsletter.NewsletterStatus;
import jp.kumiaidesk.newsletter.NewsletterView;

/** 速報・教宣紙 — every issue, newest first, searchable; published ones link to their web page and PDF. */
@Route("newsletters")
@Menu(order = 40, title = "menu.newsletters", icon = "vaadin:newspaper")
@RolesAllowed({Roles.SECRETARIAT, Roles.EXECUTIVE})
final class NewslettersView extends Main implements HasDynamicTitle {

    private final NewsletterService newsletters;
    private final TextField text = new TextField();
    private final ComboBox<SeasonView> season = new ComboBox<>();
    private final Select<NewsletterStatus> status = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Grid<NewsletterView> grid = new Grid<>();
    private final Span count = new Span();

    NewslettersView(NewsletterService newsletters, BargainingService bargaining,
            AuthenticationContext authentication) {
        this.newsletters = newsletters;
        addClassName("kd-view");
        text.setLabel(getTranslation("archive.text"));
        text.setId("newsletters-search");
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        season.setLabel(getTranslation("session.season"));
        season.setItems(bargaining.seasons());
        season.setItemLabelGenerator(SeasonView::name);
        season.setClearButtonVisible(true);
        status.setLabel(getTranslation("newsletter.status"));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("newsletter.all-statuses"));
        status.setItems(NewsletterStatus.values());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("newsletter.all-statuses")
                : getTranslation(s.translationKey()));
        from.setLabel(getTranslation("archive.from"));
        to.setLabel(getTranslation("archive.to"));
        Pickers.localize(from);
        Pickers.localize(to);
        text.addValueChangeListener(e -> refresh());
        season.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        FlexLayout filters = new FlexLayout(text, season, status, from, to);
        filters.addClassName("kd-filters");
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexLayout.Alignment.BASELINE);
        if (authentication.hasRole(Role.SECRETARIAT.roleName())) {
            TextField headline = new TextField();
            headline.setPlaceholder(getTranslation("newsletter.new-headline"));
            headline.setId("newsletter-new-headline");
            FormErrors errors = new FormErrors().field(NewsletterService.FIELD_HEADLINE, headline);
            Button create = new Button(getTranslation("newsletter.new"), e -> {
                long[] id = {0};
                if (errors.submit(() -> id[0] = newsletters.createBlank(headline.getValue()), null)) {
                    open(id[0]);
                }
            });
            create.setId("newsletter-new");
            FlexLayout blank = new FlexLayout(headline, create);
            blank.addClassName("kd-filters");
            blank.setAlignItems(FlexLayout.Alignment.BASELINE);
            add(blank);
        }

        grid.addColumn(n -> UnionTime.date(n.form().issueDate(), getLocale()))
                .setHeader(getTranslation("newsletter.issue-date")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(n -> n.number() == null ? "" : getTranslation("newsletter.number", n.number()))
                .setHeader(getTranslation("newsletter.number-header")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(n -> n.form().headline()).setHeader(getTranslation("newsletter.headline")).setFlexGrow(1);
        grid.addColumn(n -> getTranslation(n.status().translationKey()))
                .setHeader(getTranslation("newsletter.status")).setAutoWidth(true);
        grid.addColumn(NewsletterView::viewCount).setHeader(getTranslation("newsletter.view-count"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(this::links)).setHeader(getTranslation("newsletter.links"))
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setId("newsletters");
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> open(e.getItem().id()));
        count.setId("newsletters-count");
        add(filters, count, grid);
        refresh();
    }

    private Div links(NewsletterView n) {
        Div links = new Div();
        links.addClassName("kd-links");
        if (n.publicLinkLive()) {
            Anchor web = new Anchor(n.webPath(), getTranslation("newsletter.web-short"));
            web.getElement().setAttribute("data-testid", "newsletter-web");
            web.setTarget(AnchorTarget.BLANK);
            Anchor pdf = new Anchor(n.pdfPath(), "PDF");
            pdf.getElement().setAttribute("data-testid", "newsletter-pdf");
            pdf.setTarget(AnchorTarget.BLANK);
            links.add(web, new Span(" · "), pdf);
        }
        return links;
    }

    private void open(long id) {
        UI.getCurrent().navigate(NewsletterEditorView.class,
                new RouteParameters(NewsletterEditorView.ID, String.valueOf(id)));
    }

    private void refresh() {
        List<NewsletterView> found = newsletters.search(new NewsletterQuery(text.getValue(),
                season.getValue() == null ? null : season.getValue().id(), status.getValue(), from.getValue(),
                to.getValue()));
        grid.setItems(found);
        count.setText(getTranslation("archive.count", found.size()));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "menu.newsletters");
    }
}
