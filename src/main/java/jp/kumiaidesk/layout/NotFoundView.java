package jp.kumiaidesk.layout;

import jakarta.servlet.http.HttpServletResponse;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * A page that does not exist, or that the user's roles do not open (the two look the same on purpose, so guessing
 * addresses reveals nothing).
 */
@AnonymousAllowed
public final class NotFoundView extends Main implements HasErrorParameter<NotFoundException> {

    public static final String ID = "not-found";

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        setId(ID);
        addClassName("kd-view");
        add(new H2(getTranslation("error.not-found.title")), new Paragraph(getTranslation("error.not-found.message")),
                new Anchor("", getTranslation("error.not-found.home")));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
