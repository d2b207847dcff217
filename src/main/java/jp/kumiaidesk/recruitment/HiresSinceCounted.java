package jp.kumiaidesk.recruitment;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import jp.kumiaidesk.workplace.HeadcountChange;
import jp.kumiaidesk.workplace.HeadcountChanges;

/**
 * The new hires of every cohort who started after their workplace was counted (and by today), and how many of them
 * joined: what the organization rate adds to the counted headcounts. A hire who joined the competitor or declined
 * is staff but not a member; a join corrected back to 未加入 is no longer counted (a departure).
 */
@Component
class HiresSinceCounted implements HeadcountChanges {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    HiresSinceCounted(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Map<Long, HeadcountChange> sinceCounted() {
        Map<Long, HeadcountChange> changes = new HashMap<>();
        jdbc.query("select h.workplace_id, count(*), sum(case when h.status = ? then 1 else 0 end) from new_hire h "
                + "join workplace w on w.id = h.workplace_id where w.counted_on is not null "
                + "and h.hire_date > w.counted_on and h.hire_date <= ? group by h.workplace_id",
                rs -> {
                    changes.put(rs.getLong(1), new HeadcountChange(rs.getInt(2), rs.getInt(3)));
                }, HireStatus.JOINED.name(), Date.valueOf(LocalDate.now(clock)));
        return changes;
    }
}
