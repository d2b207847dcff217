package jp.kumiaidesk.sns.ui;

import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.Component;

import jp.kumiaidesk.base.UnionTime;
import jp.kumiaidesk.sns.CampaignViews.Step;

/** One step's minute, as the sequence shows it: "14:05（+5分）", or only the offset while the start is not set. */
final class SequenceText {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    private SequenceText() {
    }

    static String minute(Component in, Step step) {
        String offset = in.getTranslation("sns.campaign.offset-minutes", step.offsetMinutes());
        return step.at() == null ? offset : TIME.format(step.at().atZone(UnionTime.ZONE)) + "（" + offset + "）";
    }
}
