package jp.kumiaidesk.sns;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;

import org.junit.jupiter.api.Test;

import jp.kumiaidesk.ServiceTest;

/** The expiry job, called as the scheduler calls it, goes through its cluster lock. */
class DraftExpiryLockTest extends ServiceTest {

    @Test
    void theScheduledRunTakesItsLockRow() {
        ctx.getBean(DraftExpiry.class).expire();

        Timestamp lockedAt = jdbc.queryForObject("select locked_at from shedlock where name = 'sns-draft-expiry'",
                Timestamp.class);
        assertThat(lockedAt).isNotNull();
    }
}
