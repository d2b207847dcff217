package jp.kumiaidesk.security.ui;

import java.util.List;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jp.kumiaidesk.base.DangerousAction;
import jp.kumiaidesk.base.FieldRejectedException;
import jp.kumiaidesk.base.FormErrors;
import jp.kumiaidesk.base.PageTitles;
import jp.kumiaidesk.base.UnionTime;
import jp.kumiaidesk.security.CurrentUser;
import jp.kumiaidesk.security.MfaPolicy;
import jp.kumiaidesk.security.Passkeys;

/** パスキー: the signed-in user's passkeys — add one (a WebAuthn ceremony in the browser), remove one. */
@Route("account/passkeys")
@PermitAll
final class PasskeysView extends Main implements HasDynamicTitle {

    private final Passkeys passkeys;
    private final Grid<Passkeys.Passkey> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();

    PasskeysView(Passkeys passkeys, MfaPolicy policy, CurrentUser currentUser) {
        this.passkeys = passkeys;
        addClassName("kd-view");
        Paragraph help = new Paragraph(getTranslation(policy.requires(currentUser.roles())
                ? "account.passkeys.required" : "account.passkeys.optional"));
        help.setId("passkeys-help");
        TextField label = new TextField(getTranslation("passkey.label"));
        label.setId("passkey-label");
        label.setMaxLength(60);
        label.setValue(getTranslation("passkey.label-default"));
        Button add = new Button(getTranslation("account.passkeys.add"));
        add.setId("passkey-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> {
            label.setInvalid(false);
            Passkeys.Registration registration = passkeys.startRegistration();
            WebAuthnScript.create(this, registration.json(), credential -> {
                try {
                    passkeys.finishRegistration(registration, credential, label.getValue());
                } catch (FieldRejectedException refused) {
                    label.setInvalid(true);
                    label.setErrorMessage(getTranslation(refused.messageKey()));
                    return;
                }
                FormErrors.success(getTranslation("account.passkeys.added"));
                refresh();
            }, error -> {
                passkeys.browserFailed("registration: " + error);
                FormErrors.error(getTranslation("passkey.browser-failed"));
            });
        });
        HorizontalLayout adding = new HorizontalLayout(label, add);
        adding.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);

        grid.setId("passkeys");
        grid.addColumn(Passkeys.Passkey::label).setHeader(getTranslation("passkey.label")).setFlexGrow(1);
        grid.addColumn(p -> p.created() == null ? "" : UnionTime.dateTime(p.created(), getLocale()))
                .setHeader(getTranslation("account.passkeys.created")).setAutoWidth(true);
        grid.addColumn(p -> p.lastUsed() == null ? "" : UnionTime.dateTime(p.lastUsed(), getLocale()))
                .setHeader(getTranslation("account.passkeys.last-used")).setAutoWidth(true);
        grid.addComponentColumn(p -> {
            Button remove = new Button(getTranslation("account.passkeys.remove"),
                    e -> DangerousAction.confirm(getTranslation("account.passkeys.remove"),
                            getTranslation("account.passkeys.remove-confirm", p.label()),
                            getTranslation("account.passkeys.remove"), getTranslation("action.cancel"), () -> {
                                passkeys.remove(p.id());
                                FormErrors.success(getTranslation("account.passkeys.removed"));
                                refresh();
                            }));
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            remove.addClassName("passkey-remove");
            return remove;
        }).setKey("remove").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        empty.setId("passkeys-empty");
        empty.setText(getTranslation("account.passkeys.none"));
        add(help, adding, grid, empty);
        refresh();
    }

    private void refresh() {
        List<Passkeys.Passkey> mine = passkeys.mine();
        grid.setItems(mine);
        grid.setVisible(!mine.isEmpty());
        empty.setVisible(mine.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "account.passkeys.title");
    }
}
