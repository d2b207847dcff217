package jp.kumiaidesk.workplace;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import jp.kumiaidesk.base.HtmlText;

/** An organization rate as a small bar with its figure, for tables read at a glance. */
public class RateBar extends Div {

    public RateBar(OrganizationRate rate) {
        addClassName("kd-rate");
        Div fill = new Div();
        fill.addClassName("kd-rate-fill");
        fill.setWidth(width(rate) + "%");
        Span label = new Span(rate.formatted());
        label.addClassName("kd-rate-label");
        add(fill, label);
    }

    /** The same bar as HTML, for a table built as one element. */
    public static String html(OrganizationRate rate) {
        return "<div class=\"kd-rate\"><div class=\"kd-rate-fill\" style=\"width: " + width(rate) + "%\"></div>"
                + "<span class=\"kd-rate-label\">" + HtmlText.escape(rate.formatted()) + "</span></div>";
    }

    private static double width(OrganizationRate rate) {
        return Math.min(100, rate.percent().orElse(0));
    }
}
