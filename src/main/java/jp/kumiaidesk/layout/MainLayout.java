package jp.kumiaidesk.layout;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.avatar.AvatarVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.ContextMenu;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.shared.Registration;

import tools.jackson.databind.node.ObjectNode;

import jp.kumiaidesk.base.HtmlText;
import jp.kumiaidesk.base.LanguageSwitch;
import jp.kumiaidesk.base.LightButton;
import jp.kumiaidesk.base.LiveRefresh;
import jp.kumiaidesk.base.PageTitles;
import jp.kumiaidesk.notification.NotificationBroadcaster;
import jp.kumiaidesk.notification.NotificationService;
import jp.kumiaidesk.security.CurrentUser;

/**
 * The frame of every signed-in page: side navigation built from the views' {@code @Menu} entries (each user sees
 * only what their roles open), the page title, the notification bell, the language switch and the user menu.
 */
@Layout
@PermitAll
@Uses(SideNav.class) // the scripts of the web components the menu and the drawer toggle are written with
@Uses(DrawerToggle.class)
@Uses(Icon.class)
public final class MainLayout extends AppLayout implements AfterNavigationObserver {

    public static final String USER_MENU_ID = "user-menu";
    public static final String LOGOUT_ID = "logout";
    public static final String BELL_ID = "notification-bell";
    public static final String NAV_ID = "side-nav";

    private final CurrentUser currentUser;
    private final NotificationService notifications;
    private final NotificationBroadcaster broadcaster;
    private final H1 title = new H1();
    private final Span unreadBadge = new Span();
    /** The side navigation, one element made on attach for this user's roles. */
    private Html nav;
    private Registration bellRegistration;

    MainLayout(CurrentUser currentUser, NotificationService notifications, NotificationBroadcaster broadcaster) {
        this.currentUser = currentUser;
        this.notifications = notifications;
        this.broadcaster = broadcaster;
        setPrimarySection(Section.DRAWER);
        addClassName("kd-layout");
        addToDrawer(drawerHeader());
        // the web component alone: it opens and closes the drawer in the browser (DrawerToggle is a Button with a
        // click listener on the server, ~1.9 KB per open page)
        addToNavbar(new Html("<vaadin-drawer-toggle aria-label=\"" + HtmlText.escape(getTranslation("menu.toggle"))
                + "\"></vaadin-drawer-toggle>"), title, navbarTools());
        title.addClassName("kd-title");
    }

    /** The app's name and tagline as one element: static text needs no server-side node of its own per line. */
    private Html drawerHeader() {
        return new Html("<div class=\"kd-brand\"><span class=\"kd-brand-name\">"
                + HtmlText.escape(getTranslation("app.name")) + "</span><span class=\"kd-brand-tagline\">"
                + HtmlText.escape(getTranslation("app.tagline")) + "</span></div>");
    }

    private HorizontalLayout navbarTools() {
        // a link, not a button: the browser's router navigates, the server keeps no click listener for it
        Anchor bell = new Anchor("notifications");
        bell.getElement().setAttribute("router-link", true);
        bell.setId(BELL_ID);
        bell.addClassName("kd-bell");
        bell.getElement().setAttribute("aria-label", getTranslation("notifications.title"));
        unreadBadge.addClassName("kd-bell-badge");
        unreadBadge.getElement().setAttribute("data-testid", "unread-count");
        bell.add(new Icon(VaadinIcon.BELL), unreadBadge);

        HorizontalLayout tools = new HorizontalLayout(bell, new LanguageSwitch(), userMenu());
        tools.setAlignItems(FlexComponent.Alignment.CENTER);
        tools.addClassName("kd-tools");
        return tools;
    }

    /**
     * The user menu: one button whose menu items exist only while the menu is open (issue #16: a MenuBar with its
     * items cost 13 KB in every open tab). The context menu is added to the page when opened and removed when
     * closed, by Vaadin's overlay handling.
     */
    private LightButton userMenu() {
        Avatar avatar = new Avatar(currentUser.displayName());
        avatar.addThemeVariants(AvatarVariant.LUMO_XSMALL);
        LightButton button = new LightButton(avatar);
        button.setId(USER_MENU_ID);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        Span userName = new Span(currentUser.displayName());
        userName.addClassName("kd-user-name");
        button.setSuffixComponent(userName);
        button.getElement().setAttribute("aria-haspopup", "menu");
        new UserMenu(button);
        return button;
    }

    private final class UserMenu extends ContextMenu {

        UserMenu(LightButton target) {
            setTarget(target);
            setOpenOnClick(true);
            addOpenedChangeListener(e -> {
                if (!e.isOpened()) {
                    removeAll();
                }
            });
        }

        @Override
        protected boolean onBeforeOpenMenu(ObjectNode eventDetail) {
            if (getItems().isEmpty()) {
                addItem(getTranslation("menu.notifications"), e -> UI.getCurrent().navigate("notifications"));
                addItem(getTranslation("account.password.title"), e -> UI.getCurrent().navigate("account/password"));
                addItem(getTranslation("account.passkeys.title"), e -> UI.getCurrent().navigate("account/passkeys"));
                addItem(getTranslation("action.logout"), e -> currentUser.logout()).setId(LOGOUT_ID);
            }
            return true;
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        buildNav();
        refreshUnread();
        UI ui = event.getUI();
        bellRegistration = broadcaster.register(currentUser.username(),
                username -> ui.access(() -> LiveRefresh.run(ui, "bell", this::refreshUnread)));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (bellRegistration != null) {
            bellRegistration.remove();
            bellRegistration = null;
        }
        super.onDetach(event);
    }

    /**
     * The menu as one element: Vaadin's {@code <vaadin-side-nav>} and its items written as HTML, which the browser
     * highlights and navigates by itself. A {@code SideNav} kept a component per item and icon in every open page
     * (~10 KB, issue #16); the items are the views' {@code @Menu} entries this user's roles open.
     */
    private void buildNav() {
        if (nav != null) {
            remove(nav);
        }
        StringBuilder html = new StringBuilder("<vaadin-side-nav>");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            String path = entry.path().replaceFirst("^/", "");
            html.append("<vaadin-side-nav-item path=\"").append(HtmlText.escape(path)).append("\" data-testid=\"nav-")
                    .append(HtmlText.escape(path.isEmpty() ? "home" : path)).append('"')
                    // a draft, a session or a hire list lights its section's entry too (not home: it would match all)
                    .append(path.isEmpty() ? "" : " match-nested").append('>');
            if (entry.icon() != null && entry.icon().contains(":")) {
                html.append("<vaadin-icon slot=\"prefix\" icon=\"").append(HtmlText.escape(entry.icon()))
                        .append("\"></vaadin-icon>");
            }
            html.append(HtmlText.escape(getTranslation(entry.title()))).append("</vaadin-side-nav-item>");
        }
        nav = new Html(html.append("</vaadin-side-nav>").toString());
        nav.setId(NAV_ID);
        addToDrawer(nav);
    }

    /** Reads the count in this UI's session: the security context belongs to the UI's user, not the caller's. */
    private void refreshUnread() {
        long unread = notifications.unreadCount();
        unreadBadge.setText(unread > 99 ? "99+" : String.valueOf(unread));
        unreadBadge.setVisible(unread > 0);
    }

    /** The view's own title without the " | 組合デスク" suffix the browser tab shows. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String pageTitle = event.getActiveChain().stream().filter(HasDynamicTitle.class::isInstance)
                .map(view -> ((HasDynamicTitle) view).getPageTitle()).findFirst().orElse("");
        title.setText(pageTitle.replace(PageTitles.SEPARATOR + getTranslation("app.name"), ""));
    }
}
