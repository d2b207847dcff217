package jp.kumiaidesk.workplace;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** An organization rate as a small bar with its figure, for tables read at a glance. */
public class RateBar extends Div {

    public RateBar(OrganizationRate rate) {
        addClassName("kd-rate");
        Div fill = new Div();
        fill.addClassName("kd-rate-fill");
        fill.setWidth(Math.min(100, rate.percent().orElse(0)) + "%");
        Span label = new Span(rate.formatted());
        label.addClassName("kd-rate-label");
        add(fill, label);
    }
}
