package jp.kumiaidesk.base;

import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * Puts a service's verdict next to the field it is about: {@link FieldRejectedException}s become the field's
 * translated error message, and nothing the user typed is cleared. Fields are registered under the service's field
 * names.
 */
public final class FormErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public FormErrors field(String name, HasValidation field) {
        fields.put(name, field);
        return this;
    }

    public void clear() {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
    }

    /**
     * Runs a save the way every form of the app does: old errors cleared, a rejected value shown next to its field,
     * a concurrent edit answered with the {@link ConflictDialog} (whose "load theirs" runs {@code loadTheirs}); what
     * the user typed stays in the form in both cases.
     *
     * @param loadTheirs reloads the stored version, or {@code null} for forms that cannot conflict
     * @return whether the save went through
     */
    public boolean submit(Runnable save, Runnable loadTheirs) {
        clear();
        try {
            save.run();
            return true;
        } catch (FieldRejectedException rejected) {
            show(rejected);
            return false;
        } catch (ConcurrentEditException conflict) {
            if (loadTheirs == null) {
                throw conflict;
            }
            // one question at a time: an autosave and a click that meet the same conflict ask it once
            UI ui = UI.getCurrent();
            ConflictDialog asking = ui == null ? null : ComponentUtil.getData(ui, ConflictDialog.class);
            if (asking == null || !asking.isOpened()) {
                ConflictDialog dialog = new ConflictDialog(loadTheirs);
                if (ui != null) {
                    ComponentUtil.setData(ui, ConflictDialog.class, dialog);
                }
                dialog.open();
            }
            return false;
        }
    }

    /** Shows the error next to its field (or as a notification if the form has no such field). */
    public void show(FieldRejectedException e) {
        HasValidation field = fields.get(e.field());
        String message = fields.isEmpty() ? UI.getCurrent().getTranslation(e.messageKey())
                : ((Component) anyField()).getTranslation(e.messageKey());
        if (field == null) {
            error(message);
            return;
        }
        field.setErrorMessage(message);
        field.setInvalid(true);
        if (field instanceof com.vaadin.flow.component.Focusable<?> focusable) {
            focusable.focus();
        }
    }

    private HasValidation anyField() {
        return fields.values().iterator().next();
    }

    public static void error(String message) {
        Notification notification = Notification.show(message, 6000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    public static void success(String message) {
        Notification notification = Notification.show(message, 3000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
