package jp.kumiaidesk.newsletter.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;

import jakarta.annotation.security.RolesAllowed;

import jp.kumiaidesk.base.DangerousAction;
import jp.kumiaidesk.base.FormErrors;
import jp.kumiaidesk.base.PageTitles;
import jp.kumiaidesk.base.Pickers;
import jp.kumiaidesk.base.Roles;
import jp.kumiaidesk.newsletter.MailingLists;
import jp.kumiaidesk.newsletter.MailingLists.ImportResult;
import jp.kumiaidesk.newsletter.MailingLists.MailingList;
import jp.kumiaidesk.newsletter.MailingLists.MailingListForm;

/**
 * メーリングリスト: the members' lists a newsletter is mailed to, each a name and its addresses; typed in or imported
 * from the CSV the office keeps (リスト名, メールアドレス).
 */
@Route("admin/mailing-lists")
@Menu(order = 92, title = "menu.admin.mailing-lists", icon = "vaadin:envelopes-o")
@RolesAllowed(Roles.ADMIN)
final class MailingListsView extends Main implements HasDynamicTitle {

    private final MailingLists lists;
    private final Grid<MailingList> grid = new Grid<>();
    private final TextField name = new TextField();
    private final Checkbox active = new Checkbox();
    private final TextArea addresses = new TextArea();
    private final Button delete = new Button();
    private final Div importResult = new Div();
    private final FormErrors errors = new FormErrors();
    private MailingList editing;

    MailingListsView(MailingLists lists) {
        this.lists = lists;
        addClassName("kd-view");
        grid.setId("mailing-lists");
        grid.addColumn(MailingList::name).setHeader(getTranslation("mailing-list.name")).setFlexGrow(2);
        grid.addColumn(l -> getTranslation(l.active() ? "mailing-list.active-yes" : "mailing-list.active-no"))
                .setHeader(getTranslation("mailing-list.active")).setAutoWidth(true);
        grid.addColumn(l -> l.addresses().size()).setHeader(getTranslation("mailing-list.count")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("mailing-list.none"));
        grid.addItemClickListener(e -> edit(e.getItem()));

        name.setLabel(getTranslation("mailing-list.name"));
        name.setId("mailing-list-name");
        name.setMaxLength(MailingLists.NAME_MAX_LENGTH);
        name.setWidthFull();
        active.setLabel(getTranslation("mailing-list.active-label"));
        active.setId("mailing-list-active");
        addresses.setLabel(getTranslation("mailing-list.addresses"));
        addresses.setHelperText(getTranslation("mailing-list.addresses-help"));
        addresses.setId("mailing-list-addresses");
        addresses.setWidthFull();
        addresses.setMinHeight("8rem");
        errors.field(MailingLists.FIELD_NAME, name).field(MailingLists.FIELD_ADDRESSES, addresses);
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.setId("mailing-list-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button add = new Button(getTranslation("mailing-list.new"), e -> edit(null));
        add.setId("mailing-list-new");
        delete.setText(getTranslation("mailing-list.delete"));
        delete.setId("mailing-list-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.addClickListener(e -> DangerousAction.confirm(getTranslation("mailing-list.delete"),
                getTranslation("mailing-list.delete-message", editing.name()), getTranslation("mailing-list.delete"),
                getTranslation("action.cancel"), () -> {
                    lists.delete(editing.id());
                    FormErrors.success(getTranslation("mailing-list.deleted"));
                    edit(null);
                    refresh();
                }));
        Div form = new Div(new H3(getTranslation("mailing-list.edit")), name, active, addresses,
                new Div(save, add, delete));
        form.addClassName("kd-card");
        form.setId("mailing-list-form");

        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> imported(lists.importCsv(bytes))));
        upload.setId("mailing-list-import");
        Pickers.localize(upload);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(2 * 1024 * 1024);
        upload.setAcceptedFileTypes(".csv", "text/csv");
        importResult.setId("mailing-list-import-result");
        Div importCard = new Div(new H3(getTranslation("mailing-list.import")),
                new Paragraph(getTranslation("mailing-list.import-help")), upload, importResult);
        importCard.addClassName("kd-card");

        add(new Paragraph(getTranslation("mailing-list.help")), grid, form, importCard);
        refresh();
        edit(null);
    }

    private void refresh() {
        grid.setItems(lists.all());
    }

    /** Loads a list into the form, or an empty form for a new one. */
    void edit(MailingList list) {
        editing = list;
        errors.clear();
        name.setValue(list == null ? "" : list.name());
        active.setValue(list == null || list.active());
        addresses.setValue(list == null ? "" : String.join("\n", list.addresses()));
        delete.setVisible(list != null);
    }

    private void save() {
        MailingListForm form = new MailingListForm(name.getValue(), active.getValue(), addresses.getValue());
        long[] id = new long[1];
        boolean saved = errors.submit(() -> {
            if (editing == null) {
                id[0] = lists.create(form);
            } else {
                lists.update(editing.id(), editing.version(), form);
                id[0] = editing.id();
            }
        }, () -> {
            refresh();
            lists.all().stream().filter(l -> editing != null && l.id() == editing.id()).findFirst()
                    .ifPresent(this::edit);
        });
        if (saved) {
            FormErrors.success(getTranslation("action.saved"));
            refresh();
            lists.all().stream().filter(l -> l.id() == id[0]).findFirst().ifPresent(this::edit);
        }
    }

    /** Also the entry point for tests: what the upload hands over. */
    void imported(ImportResult result) {
        importResult.removeAll();
        if (result.problems().isEmpty()) {
            String done = getTranslation("mailing-list.imported", result.lists(), result.addresses());
            FormErrors.success(done);
            importResult.add(new Paragraph(done));
            refresh();
            return;
        }
        importResult.add(new Paragraph(getTranslation("mailing-list.import-refused")));
        List<MailingLists.ImportProblem> problems = result.problems();
        problems.stream().limit(20).forEach(p -> {
            Div line = new Div(getTranslation("mailing-list.import-row", p.line(),
                    getTranslation(p.key(), p.value() == null ? "" : p.value())));
            line.addClassName("kd-warning");
            importResult.add(line);
        });
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "menu.admin.mailing-lists");
    }
}
