package jp.kumiaidesk.base;

import com.vaadin.flow.component.html.Div;

/**
 * A chart drawn by Apache ECharts (from its webjar; no Node build). The server sends the chart's option as JSON;
 * the browser loads the library once and draws. Text in options is data, never markup from users.
 */
public class EChart extends Div {

    private static final String LIBRARY = "webjars/echarts/5.3.1/dist/echarts.min.js";

    public EChart() {
        addClassName("kd-chart");
    }

    /** Draws (or redraws) the chart with an ECharts option object in JSON. */
    public void setOption(String optionJson) {
        getElement().setAttribute("data-option", optionJson);
        getElement().executeJs("""
                const el = $0, option = JSON.parse($1), src = $2;
                function draw() {
                  const chart = window.echarts.getInstanceByDom(el) || window.echarts.init(el);
                  chart.setOption(option, true);
                  if (!el.__kdResize) { el.__kdResize = new ResizeObserver(() => chart.resize()); el.__kdResize.observe(el); }
                }
                if (window.echarts) { draw(); return; }
                let script = document.querySelector('script[data-kd-echarts]');
                if (!script) {
                  script = document.createElement('script');
                  script.src = src; script.dataset.kdEcharts = '1';
                  document.head.appendChild(script);
                }
                script.addEventListener('load', draw);
                """, getElement(), optionJson, LIBRARY);
    }

    public String option() {
        return getElement().getAttribute("data-option");
    }
}
