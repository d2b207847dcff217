package jp.kumiaidesk.workplace.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

/** Lets tests of other features check that the (package-private) workplace view is on screen. */
public final class WorkplacesViewAccess {

    private WorkplacesViewAccess() {
    }

    public static void assertShown() {
        _get(WorkplacesView.class);
    }
}
