package jp.kumiaidesk.base;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** Asks before something that cannot be undone (deleting, purging); the red button does it. */
public final class DangerousAction {

    private DangerousAction() {
    }

    public static void confirm(String title, String message, String confirmText, String cancelText, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog(title, message, confirmText, e -> action.run());
        dialog.setCancelable(true);
        dialog.setCancelText(cancelText);
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }
}
