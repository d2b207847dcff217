package jp.kumiaidesk.newsletter.ui;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import jp.kumiaidesk.base.NotFoundException;
import jp.kumiaidesk.base.Roles;
import jp.kumiaidesk.newsletter.NewsletterService;

/** "速報を書く" on a session lands here: a draft pre-filled from the session, then its editor. */
@Route("newsletters/new/:session")
@RolesAllowed(Roles.SECRETARIAT)
final class NewNewsletterView extends Main implements BeforeEnterObserver {

    private final NewsletterService newsletters;

    NewNewsletterView(NewsletterService newsletters) {
        this.newsletters = newsletters;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            long session = Long.parseLong(event.getRouteParameters().get("session").orElse(""));
            long id = newsletters.draftFromSession(session);
            event.forwardTo(NewsletterEditorView.class,
                    new RouteParameters(NewsletterEditorView.ID, String.valueOf(id)));
        } catch (NumberFormatException | NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        }
    }
}
