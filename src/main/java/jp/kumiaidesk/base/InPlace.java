package jp.kumiaidesk.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;

/**
 * A part of a page built only when someone asks for it (issue #16): the button that asks is replaced, at its own
 * place among its siblings, by what it asked for.
 */
public final class InPlace {

    private InPlace() {
    }

    /** Puts {@code replacement} where {@code placeholder} is, and takes the placeholder out. */
    public static void replace(Component placeholder, Component replacement) {
        Element parent = placeholder.getElement().getParent();
        parent.insertChild(parent.indexOfChild(placeholder.getElement()), replacement.getElement());
        placeholder.getElement().removeFromParent();
    }
}
