package jp.kumiaidesk.sns.ui;

import java.time.YearMonth;
import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jp.kumiaidesk.sns.SnsDraftService;
import jp.kumiaidesk.sns.SnsViews.CorrectionRow;

/** The monthly review's 訂正・謝罪: the month's posts that needed a correction, why, and where the correction is. */
class CorrectionsCard extends Div {

    private final SnsDraftService drafts;
    private final UnorderedList list = new UnorderedList();

    CorrectionsCard(SnsDraftService drafts) {
        this.drafts = drafts;
        addClassName("kd-card");
        list.setId("sns-review-corrections");
        add(new H3(getTranslation("sns.correction.review-title")), list);
    }

    void show(YearMonth month) {
        list.removeAll();
        List<CorrectionRow> rows = drafts.corrections(month);
        if (rows.isEmpty()) {
            list.add(new ListItem(getTranslation("sns.correction.review-none")));
        }
        for (CorrectionRow row : rows) {
            ListItem item = new ListItem(new RouterLink(row.title(), DraftView.class,
                    new RouteParameters("id", String.valueOf(row.id()))),
                    new Paragraph(getTranslation("sns.correction.reason", row.reason())));
            if (row.correctionId() != null) {
                item.add(new RouterLink(getTranslation("sns.correction.open-draft"), DraftView.class,
                        new RouteParameters("id", String.valueOf(row.correctionId()))),
                        new Span("（" + getTranslation(row.correctionState().labelKey()) + "）"));
            }
            list.add(item);
        }
    }
}
