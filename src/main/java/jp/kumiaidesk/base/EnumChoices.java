package jp.kumiaidesk.base;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import com.vaadin.flow.internal.JacksonUtils;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The choices of {@link EnumSelect} and {@link EnumCheckboxes} as the browser gets them — {@code [{label, value}]},
 * the value being the constant's name — and the way back from a name the browser sends.
 */
final class EnumChoices {

    /**
     * One JSON value per set of choices and language for every open page: Flow sends it as it is and keeps the
     * reference (a list built per page was ~1.5 KB per field and page, issue #16); nobody changes it.
     */
    private static final Map<String, ArrayNode> SHARED = new ConcurrentHashMap<>();

    private EnumChoices() {
    }

    static <E extends Enum<E>> ArrayNode of(Class<E> type, Function<E, String> label) {
        ArrayNode choices = JacksonUtils.createArrayNode();
        for (E constant : type.getEnumConstants()) {
            ObjectNode choice = JacksonUtils.createObjectNode();
            choice.put("label", label.apply(constant));
            choice.put("value", constant.name());
            choices.add(choice);
        }
        return SHARED.computeIfAbsent(choices.toString(), json -> choices);
    }

    /** The constant named so, or none for a name the page never offered (a hand-made request). */
    static <E extends Enum<E>> E named(Class<E> type, String name) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        return null;
    }
}
