package jp.kumiaidesk.sns;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import jp.kumiaidesk.base.SystemAuthentication;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Every minute, drafts whose posting time passed without approval become 期限切れ (expired), and executives who
 * let an approval deadline pass are reminded once.
 */
@Component
class DraftExpiry {

    private final SnsDraftService drafts;

    DraftExpiry(SnsDraftService drafts) {
        this.drafts = drafts;
    }

    @Scheduled(fixedDelayString = "${kd.sns.expiry-interval:PT1M}", initialDelayString = "PT30S")
    @SchedulerLock(name = "sns-draft-expiry", lockAtMostFor = "PT5M", lockAtLeastFor = "PT20S")
    void expire() {
        SystemAuthentication.run(() -> {
            drafts.expireOverdue();
            drafts.remindPastDeadline();
        });
    }
}
