package jp.kumiaidesk.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import jp.kumiaidesk.ServiceTest;

/**
 * The test context runs on {@code kd.demo=large}: the union-sized set is there, with the small demo's named people
 * and workplaces, and the invariants the services keep hold for the rows written in bulk. (Lower bounds: other tests
 * add their own records to the same database.)
 */
class LargeDemoDataTest extends ServiceTest {

    @Test
    void the_union_has_its_size() {
        assertThat(count("select count(*) from workplace")).isBetween(140, 170);
        assertThat(count("select sum(regular_staff + non_regular_staff) from workplace")).isBetween(2_200, 2_900);
        assertThat(count("select count(*) from app_user u join app_user_role r on r.user_id = u.id"
                + " where r.role = 'EXECUTIVE' and u.username in ('iinchou', 'shokichou', 'fukuiinchou1',"
                + " 'fukuiinchou2', 'shokijichou', 'shikkou1', 'shikkou2', 'shikkou3')")).isEqualTo(8);
        assertThat(count("select count(distinct u.id) from app_user u join app_user_role r on r.user_id = u.id"
                + " join app_user_workplace w on w.user_id = u.id where r.role = 'RECRUITER'"
                + " and (u.username = 'seinenbu' or u.username like 'soshiki%')")).isEqualTo(12);
        assertThat(jdbc.queryForList("select username from app_user", String.class))
                .contains("admin", "iinchou", "shokichou", "shokikyoku", "seinenbu");
        assertThat(jdbc.queryForList("select name from workplace", String.class))
                .contains("中央保育所", "東保育所", "清掃事務所", "市民課", "人事課", "看護部");
        assertThat(jdbc.queryForList("select count(*) from new_hire group by cohort_id having count(*) > 500",
                Integer.class)).hasSizeGreaterThanOrEqualTo(3);
        assertThat(count("select count(*) from sns_draft")).isGreaterThanOrEqualTo(300);
        assertThat(jdbc.queryForList("select distinct state from sns_draft", String.class))
                .containsAll(List.of("DRAFT", "IN_REVIEW", "APPROVED", "CHANGES_REQUESTED", "REJECTED", "POSTED",
                        "EXPIRED"));
        assertThat(count("select count(*) from bargaining_season")).isGreaterThanOrEqualTo(3);
        assertThat(count("select count(*) from bargaining_session")).isGreaterThanOrEqualTo(60);
        assertThat(count("select count(*) from newsletter")).isGreaterThanOrEqualTo(40);
        assertThat(count("select count(*) from audit_event")).isGreaterThanOrEqualTo(10_000);
    }

    @Test
    void approved_drafts_carry_two_approvals_of_their_current_version() {
        // the seeded drafts (titled "topic（n）"; other tests write drafts of their own, some straight to a state)
        assertThat(jdbc.queryForList("select d.id from sns_draft d where d.state in ('APPROVED', 'POSTED') and"
                + " d.title regexp '（[0-9]+）$' and"
                + " (select count(distinct a.approver) from approval_decision a where a.kind = 'SNS_DRAFT' and"
                + " a.subject_id = d.id and a.verdict = 'APPROVED' and a.content_hash = d.content_hash) < 2",
                Long.class)).isEmpty();
        assertThat(jdbc.queryForList("select d.id from sns_draft d where not exists (select 1 from"
                + " sns_draft_revision r where r.draft_id = d.id and r.revision = d.revision"
                + " and r.content_hash = d.content_hash)", Long.class)).isEmpty();
    }

    @Test
    void published_newsletters_have_a_number_a_page_and_a_pdf() {
        assertThat(count("select count(*) from newsletter where status = 'PUBLISHED'")).isGreaterThan(20);
        assertThat(jdbc.queryForList("select n.id from newsletter n where n.status = 'PUBLISHED' and (n.issue_number"
                + " is null or n.public_token is null or not exists (select 1 from newsletter_pdf p"
                + " where p.newsletter_id = n.id))", Long.class)).isEmpty();
    }

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }
}
