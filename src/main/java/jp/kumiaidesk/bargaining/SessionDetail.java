package jp.kumiaidesk.bargaining;

import java.time.Instant;
import java.util.List;

/** One session as its form shows it: what was typed, the season's demands, and where its newsletter is. */
public record SessionDetail(long id, long version, String seasonName, SessionForm form, List<DemandView> demands,
        Long newsletterId, PublishClock clock, String updatedBy, Instant updatedAt) {
}
