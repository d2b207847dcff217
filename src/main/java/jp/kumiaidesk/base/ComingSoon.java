package jp.kumiaidesk.base;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The honest placeholder of a feature that has not landed yet: what it will do, and no made-up data.
 */
public class ComingSoon extends Div {

    public ComingSoon(String titleKey, String descriptionKey) {
        addClassName("kd-coming");
        add(new H2(getTranslation(titleKey)), new Paragraph(getTranslation(descriptionKey)),
                new Paragraph(getTranslation("coming.note")));
    }
}
