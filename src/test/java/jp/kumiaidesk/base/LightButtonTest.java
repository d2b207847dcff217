package jp.kumiaidesk.base;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;

/** Issue #16: a LightButton is clicked as a Button is, with no event data listened for. */
class LightButtonTest {

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void a_click_runs_its_listener_as_a_click_from_the_browser() {
        List<ClickEvent<LightButton>> clicks = new ArrayList<>();
        LightButton button = new LightButton("保存する", clicks::add);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        UI.getCurrent().add(button);

        _click(button);

        assertThat(clicks).hasSize(1);
        assertThat(clicks.get(0).isFromClient()).isTrue();
        assertThat(clicks.get(0).getSource()).isSameAs(button);
        assertThat(button.getText()).isEqualTo("保存する");
        assertThat(button.getElement().getTag()).isEqualTo("vaadin-button");
        assertThat(button.getElement().getThemeList()).contains("primary");
    }

    @Test
    void a_disabled_button_cannot_be_clicked() {
        List<ClickEvent<LightButton>> clicks = new ArrayList<>();
        LightButton button = new LightButton("承認する", clicks::add);
        UI.getCurrent().add(button);
        button.setEnabled(false);

        // Karibu refuses as the browser does; a click a tampered browser sends anyway is dropped by Flow's event
        // handling for any disabled element, listener registered on the element or through a Button alike
        assertThatThrownBy(() -> _click(button)).hasMessageContaining("not enabled");
        assertThat(clicks).isEmpty();
        assertThat(button.getElement().hasAttribute("disabled")).isTrue();
    }

    @Test
    void its_click_listener_asks_the_browser_for_no_event_data_where_a_flow_button_asks_for_many() {
        LightButton light = new LightButton("保存する", e -> { });
        Button flow = new Button("保存する", e -> { });
        UI.getCurrent().add(light, flow);

        assertThat(expressions(light.getElement())).isEmpty();
        assertThat(expressions(flow.getElement())).hasSizeGreaterThan(5);
        // and no text component of its own: the label is the element's text node
        assertThat(light.getChildren()).isEmpty();
    }

    private static java.util.Set<String> expressions(Element element) {
        return element.getNode().getFeature(ElementListenerMap.class).getExpressions("click");
    }
}
