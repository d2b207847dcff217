package jp.kumiaidesk.sns.ui;

import com.vaadin.flow.component.Component;

import jp.kumiaidesk.sns.CampaignViews.Readiness;

/** A campaign's readiness in words: drafts approved, banners approved, participants assigned. */
final class ReadinessText {

    private ReadinessText() {
    }

    static String summary(Component in, Readiness r) {
        return (r.ready() ? in.getTranslation("sns.campaign.ready") + " " : "")
                + in.getTranslation("sns.campaign.readiness-line", r.draftsApproved(), r.steps(), r.bannersApproved(),
                        r.banners(), r.postersAssigned(), r.steps());
    }
}
