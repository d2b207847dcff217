package jp.kumiaidesk.base;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ClickNotifier;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasAriaLabel;
import com.vaadin.flow.component.HasEnabled;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.ShortcutRegistration;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.shared.HasSuffix;
import com.vaadin.flow.component.shared.HasThemeVariant;
import com.vaadin.flow.shared.Registration;

/**
 * A button that costs about half of Flow's {@link Button} on the server: Vaadin's own {@code <vaadin-button>},
 * whose click reaches the server as a bare DOM event. Flow's {@code Button} always listens for clicks with their
 * coordinates, mouse button and modifier keys (for its disable-on-click controller, even when nobody asked), and
 * keeps a text component for its label: ~2.8 KB per button in every open page (issue #16, decision 0020). Used on
 * the pages people keep open while they work (the shell, the SNS editor, the session form). Same look, keyboard and
 * theme variants; Karibu's {@code _click} and {@code _get(LightButton.class, …)} drive it as they drive a Button.
 * For an icon, disable-on-click or a tooltip, use {@link Button}.
 */
@Tag("vaadin-button")
@Uses(Button.class) // the web component's script comes with Button's
public class LightButton extends Component implements ClickNotifier<LightButton>, Focusable<LightButton>, HasText,
        HasEnabled, HasStyle, HasSize, HasAriaLabel, HasSuffix, HasThemeVariant<ButtonVariant> {

    public LightButton() {
    }

    public LightButton(String text) {
        setText(text);
    }

    public LightButton(String text, ComponentEventListener<ClickEvent<LightButton>> listener) {
        setText(text);
        addClickListener(listener);
    }

    /** A button whose content is a component (an avatar), not a text. */
    public LightButton(Component content) {
        getElement().appendChild(content.getElement());
    }

    /**
     * Listens for the DOM click alone: the event the listener gets has no coordinates, no modifier keys and a
     * click count of 1. A disabled button's clicks are dropped on the server, as for any disabled element.
     */
    @Override
    public Registration addClickListener(ComponentEventListener<ClickEvent<LightButton>> listener) {
        return getElement().addEventListener("click", e -> listener.onComponentEvent(
                new ClickEvent<>(this, true, 0, 0, 0, 0, 1, 0, false, false, false, false)));
    }

    /** The shortcut clicks the button in the browser, which then sends its click as any click. */
    @Override
    public ShortcutRegistration addClickShortcut(Key key, KeyModifier... keyModifiers) {
        return Shortcuts.addShortcutListener(this, () -> getElement().callJsFunction("click"), key, keyModifiers);
    }
}
