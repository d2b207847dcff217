package jp.kumiaidesk.newsletter.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

import jp.kumiaidesk.newsletter.PublishPreview;

/**
 * 発行の確認: the number the issue will take (never given back), where the mail goes and what else happens. Only
 * the confirm button ({@code newsletter-publish-confirm}) publishes.
 */
final class PublishDialog extends Dialog {

    PublishDialog(PublishPreview preview, Runnable publish) {
        setHeaderTitle(getTranslation("newsletter.publish-confirm.title"));
        setId("newsletter-publish-dialog");
        Paragraph number = new Paragraph(getTranslation("newsletter.publish-confirm.number", preview.number(),
                String.valueOf(preview.year())));
        number.setId("newsletter-publish-number");
        UnorderedList what = new UnorderedList(new ListItem(getTranslation("newsletter.publish-confirm.pdf")),
                new ListItem(getTranslation("newsletter.publish-confirm.web")));
        UnorderedList lists = new UnorderedList();
        lists.setId("newsletter-publish-lists");
        preview.lists().forEach(l -> lists.add(new ListItem(getTranslation("newsletter.publish-confirm.list",
                l.name(), l.addresses()))));
        Paragraph mail = new Paragraph(getTranslation(preview.lists().isEmpty() ? "newsletter.publish-confirm.no-lists"
                : "newsletter.publish-confirm.mail"));
        add(number, what, mail);
        if (!preview.lists().isEmpty()) {
            add(lists);
        }
        if (!preview.mailConfigured()) {
            Paragraph noServer = new Paragraph(getTranslation("newsletter.publish-confirm.no-mail-server"));
            noServer.addClassName("kd-warning");
            add(noServer);
        }
        Button confirm = new Button(getTranslation("newsletter.publish-confirm.confirm", preview.number()), e -> {
            close();
            publish.run();
        });
        confirm.setId("newsletter-publish-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        confirm.setDisableOnClick(true);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId("newsletter-publish-cancel");
        getFooter().add(cancel, confirm);
    }
}
