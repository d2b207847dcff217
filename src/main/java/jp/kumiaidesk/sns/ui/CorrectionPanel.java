package jp.kumiaidesk.sns.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jp.kumiaidesk.base.FormErrors;
import jp.kumiaidesk.base.LightButton;
import jp.kumiaidesk.sns.DraftState;
import jp.kumiaidesk.sns.SnsDraftService;
import jp.kumiaidesk.sns.SnsViews.Correction;
import jp.kumiaidesk.sns.SnsViews.DraftDetail;

/**
 * The handbook's ⑤ after posting: 「訂正・謝罪が必要」 records why and opens a correction draft, which is reviewed
 * like any other; the posted draft and its correction link to each other.
 */
class CorrectionPanel extends Div {

    private final SnsDraftService drafts;
    private final Runnable reload;
    private final Paragraph state = new Paragraph();
    private final Div links = new Div();
    private final LightButton needed = new LightButton();
    private DraftDetail detail;

    CorrectionPanel(SnsDraftService drafts, Runnable reload) {
        this.drafts = drafts;
        this.reload = reload;
        addClassNames("kd-card", "kd-correction");
        state.setId("sns-correction-state");
        needed.setText(getTranslation("sns.correction.needed"));
        needed.setId("sns-correction-needed");
        needed.addThemeVariants(ButtonVariant.LUMO_ERROR);
        needed.addClickListener(e -> ask());
        add(new H3(getTranslation("sns.correction.title")), new Paragraph(getTranslation("sns.correction.help")),
                state, links, needed);
    }

    void show(DraftDetail detail) {
        this.detail = detail;
        Correction c = detail.correction();
        links.removeAll();
        if (c != null && c.reason() != null) {
            state.setText(getTranslation("sns.correction.reason", c.reason()));
        } else if (c != null && c.correctsId() != null) {
            state.setText(getTranslation("sns.correction.corrects", c.correctsTitle()));
        } else {
            state.setText("");
        }
        if (c != null && c.correctedById() != null) {
            links.add(link(c.correctedById(), "sns.correction.open-draft", "sns-correction-link"));
        }
        if (c != null && c.correctsId() != null) {
            links.add(link(c.correctsId(), "sns.correction.open-original", "sns-corrects-link"));
        }
        needed.setVisible(detail.state() == DraftState.POSTED && (c == null || c.correctedById() == null));
        setVisible(detail.state() == DraftState.POSTED || c != null);
    }

    private RouterLink link(long id, String key, String elementId) {
        RouterLink link = new RouterLink(getTranslation(key), DraftView.class,
                new RouteParameters("id", String.valueOf(id)));
        link.setId(elementId);
        return link;
    }

    private void ask() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("sns.correction.needed"));
        TextArea reason = new TextArea(getTranslation("sns.correction.why"));
        reason.setId("sns-correction-reason");
        reason.setMaxLength(SnsDraftService.COMMENT_MAX_LENGTH);
        reason.setWidthFull();
        reason.setHelperText(getTranslation("sns.correction.why-help"));
        FormErrors errors = new FormErrors().field(SnsDraftService.FIELD_CORRECTION, reason);
        long[] created = new long[1];
        Button confirm = new Button(getTranslation("sns.correction.start"), e -> {
            if (errors.submit(() -> created[0] = drafts.correct(detail.id(), reason.getValue()), reload)) {
                dialog.close();
                UI.getCurrent().navigate(DraftView.class, new RouteParameters("id", String.valueOf(created[0])));
            }
        });
        confirm.setId("sns-correction-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(reason);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }
}
