package jp.kumiaidesk.base;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Someone else saved the record first. The user's own input stays in their form; they choose whether to load the
 * other version (losing theirs) or go back to their input and copy what they need.
 */
public class ConflictDialog extends Dialog {

    public static final String ID = "conflict-dialog";

    public ConflictDialog(Runnable reloadTheirs) {
        setId(ID);
        setHeaderTitle(getTranslation("conflict.title"));
        add(new Paragraph(getTranslation("conflict.message")));
        Button keep = new Button(getTranslation("conflict.keep-mine"), e -> close());
        keep.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button reload = new Button(getTranslation("conflict.load-theirs"), e -> {
            close();
            reloadTheirs.run();
        });
        getFooter().add(reload, keep);
    }
}
