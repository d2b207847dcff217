package jp.kumiaidesk.base;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;

import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.shared.HasValidationProperties;
import com.vaadin.flow.internal.JacksonUtils;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * Check boxes for a few fixed choices (the values of an enum) that cost one element on the server: Vaadin's own
 * {@code <vaadin-checkbox-group>}, whose {@code <vaadin-checkbox>} children are made in the browser from their
 * translated labels each time the group is attached, instead of Flow's {@link CheckboxGroup}, which keeps an item
 * component per choice in every open page (eight networks: ~22 KB per SNS editor, issue #16). The group's
 * {@code value} (the checked constants' names) is the value; the web component checks the boxes that are in it when
 * they arrive, and makes every box read-only with the group. Same look and keyboard as {@link CheckboxGroup}; a
 * rejected value's message shows under it.
 *
 * @param <E> the enum whose constants are the choices
 */
@Tag("vaadin-checkbox-group")
@Uses(CheckboxGroup.class) // the web components' scripts come with CheckboxGroup's
public final class EnumCheckboxes<E extends Enum<E>> extends AbstractSinglePropertyField<EnumCheckboxes<E>, Set<E>>
        implements HasValidationProperties {

    private static final String MAKE_BOXES = """
            if (this.querySelector('vaadin-checkbox')) return;
            for (const choice of JSON.parse($0)) {
              const box = document.createElement('vaadin-checkbox');
              box.value = choice.value;
              box.label = choice.label;
              box.setAttribute('value', choice.value);
              this.appendChild(box);
            }""";

    /**
     * @param type  the enum
     * @param label what the user reads for a constant (translated)
     */
    public EnumCheckboxes(Class<E> type, Function<E, String> label) {
        super("value", Collections.unmodifiableSet(EnumSet.noneOf(type)), ArrayNode.class,
                (self, names) -> toSet(type, names), (self, value) -> toNames(value));
        ArrayNode choices = EnumChoices.of(type, label);
        getElement().addAttachListener(e -> getElement().executeJs(MAKE_BOXES, choices.toString()));
    }

    public void setLabel(String label) {
        getElement().setProperty("label", label);
    }

    private static <E extends Enum<E>> Set<E> toSet(Class<E> type, ArrayNode names) {
        EnumSet<E> set = EnumSet.noneOf(type);
        if (names != null) {
            // a name the page never offered (a hand-made request) is no choice
            for (JsonNode name : names) {
                E constant = EnumChoices.named(type, name.asString());
                if (constant != null) {
                    set.add(constant);
                }
            }
        }
        return Collections.unmodifiableSet(set);
    }

    private static ArrayNode toNames(Set<? extends Enum<?>> value) {
        ArrayNode names = JacksonUtils.createArrayNode();
        if (value != null) {
            value.stream().sorted(java.util.Comparator.comparingInt(Enum::ordinal)).forEach(e -> names.add(e.name()));
        }
        return names;
    }
}
