package jp.kumiaidesk.base;

import java.util.Optional;

import com.vaadin.flow.component.Component;

/**
 * A feature's lines on the home page ("what needs me today"). Implementations are Spring beans in the feature's
 * {@code ui} package; each returns a fresh component for the signed-in user, or nothing when it has nothing to say
 * to them. Sections appear in {@link #order()}.
 */
public interface HomeSection {

    int order();

    Optional<Component> create();
}
