package jp.kumiaidesk.base;

import java.util.function.Function;

import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.shared.HasValidationProperties;

/**
 * A drop-down of a few fixed choices (the values of an enum) that costs one element on the server: Vaadin's own
 * {@code <vaadin-select>} given its options as its {@code items} property, as the web component allows, instead of
 * Flow's {@link Select}, which keeps a list box and an item component with its text per option in every open page
 * (~2 KB per option; a session form has one per demand, issue #16). The value travels as the constant's name. Same
 * look and keyboard as {@link Select}; a rejected value's message shows under it ({@link HasValidationProperties}).
 * For labels that are not known when the page is built, use {@link Select}.
 *
 * @param <E> the enum whose constants are the choices
 */
@Tag("vaadin-select")
@Uses(Select.class) // the web component's script comes with Select's
public final class EnumSelect<E extends Enum<E>> extends AbstractSinglePropertyField<EnumSelect<E>, E>
        implements HasValidationProperties {

    /**
     * @param type  the enum
     * @param label what the user reads for a constant (translated)
     */
    public EnumSelect(Class<E> type, Function<E, String> label) {
        super("value", null, String.class, name -> EnumChoices.named(type, name),
                value -> value == null ? "" : value.name());
        getElement().setPropertyJson("items", EnumChoices.of(type, label));
    }

    public void setLabel(String label) {
        getElement().setProperty("label", label);
    }
}
