package jp.kumiaidesk.base;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.shared.HasValidationProperties;
import com.vaadin.flow.internal.JacksonUtils;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A drop-down of a few fixed choices (the values of an enum) that costs one element on the server: Vaadin's own
 * {@code <vaadin-select>} given its options as its {@code items} property, as the web component allows, instead of
 * Flow's {@link Select}, which keeps a list box and an item component with its text per option in every open page
 * (~2 KB per option; a session form has one per demand, issue #16). The value travels as the constant's name. Same
 * look and keyboard as {@link Select}; a rejected value's message shows under it ({@link HasValidationProperties}). For labels that are not known when the page is built, use {@link Select}.
 *
 * @param <E> the enum whose constants are the choices
 */
@Tag("vaadin-select")
@Uses(Select.class) // the web component's script comes with Select's
public final class EnumSelect<E extends Enum<E>> extends AbstractSinglePropertyField<EnumSelect<E>, E>
        implements HasValidationProperties {

    private static final Map<String, ArrayNode> SHARED_ITEMS = new ConcurrentHashMap<>();

    /**
     * @param type  the enum
     * @param label what the user reads for a constant (translated)
     */
    public EnumSelect(Class<E> type, Function<E, String> label) {
        super("value", null, String.class, name -> constant(type, name), value -> value == null ? "" : value.name());
        ArrayNode items = JacksonUtils.createArrayNode();
        for (E constant : type.getEnumConstants()) {
            ObjectNode item = JacksonUtils.createObjectNode();
            item.put("label", label.apply(constant));
            item.put("value", constant.name());
            items.add(item);
        }
        // one JSON value per set of choices and language for every open page: Flow sends it as it is and keeps the
        // reference (a list built per page was ~1.5 KB per drop-down and page, issue #16); nobody changes it
        getElement().setPropertyJson("items", SHARED_ITEMS.computeIfAbsent(items.toString(), json -> items));
    }

    /** The constant named so, or none for a name the page never offered (a hand-made request). */
    private static <E extends Enum<E>> E constant(Class<E> type, String name) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        return null;
    }

    public void setLabel(String label) {
        getElement().setProperty("label", label);
    }
}
