package jp.kumiaidesk.base;

import com.vaadin.flow.component.Component;

/** Browser-tab titles: "所属と組織率 | 組合デスク". The navigation bar shows the part before the bar. */
public final class PageTitles {

    public static final String SEPARATOR = " | ";

    private PageTitles() {
    }

    public static String of(Component view, String titleKey) {
        return view.getTranslation(titleKey) + SEPARATOR + view.getTranslation("app.name");
    }
}
