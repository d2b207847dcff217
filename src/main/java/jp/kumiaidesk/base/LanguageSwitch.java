package jp.kumiaidesk.base;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.ButtonVariant;

/** Shows the other language's own name ("English" / "日本語"); a click switches and reloads the page. */
public class LanguageSwitch extends LightButton {

    public static final String ID = "language-switch";

    public LanguageSwitch() {
        setId(ID);
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addClickListener(e -> {
            Locale next = isEnglish() ? UiLocale.JAPANESE : UiLocale.ENGLISH;
            UiLocale.choose(next);
            UI.getCurrent().getPage().reload();
        });
        addAttachListener(e -> setText(isEnglish() ? "日本語" : "English"));
    }

    private boolean isEnglish() {
        return "en".equals(getLocale().getLanguage());
    }
}
