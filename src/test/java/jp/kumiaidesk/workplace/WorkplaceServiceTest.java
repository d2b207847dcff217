package jp.kumiaidesk.workplace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

import jp.kumiaidesk.ServiceTest;
import jp.kumiaidesk.base.ConcurrentEditException;
import jp.kumiaidesk.base.FieldRejectedException;

class WorkplaceServiceTest extends ServiceTest {

    @Autowired
    WorkplaceService workplaces;

    private WorkplaceNode node(long id) {
        return workplaces.find(id).orElseThrow();
    }

    @Test
    void a_department_rolls_up_the_counts_and_rate_of_its_sections() {
        signIn("admin");
        long dept = workplaces.create(null, new WorkplaceForm(unique("建設部"), 0, 0, 0));
        workplaces.create(dept, new WorkplaceForm("道路課", 20, 5, 20));
        workplaces.create(dept, new WorkplaceForm("公園課", 10, 5, 4));
        WorkplaceNode department = node(dept);
        assertThat(department.totalRegular()).isEqualTo(30);
        assertThat(department.totalNonRegular()).isEqualTo(10);
        assertThat(department.totalMembers()).isEqualTo(24);
        assertThat(department.rate().formatted()).isEqualTo("60.0%");
        assertThat(department.children()).extracting(WorkplaceNode::path)
                .allMatch(p -> p.startsWith(department.name() + "/"));
    }

    @Test
    void the_union_rate_counts_every_workplace_once() {
        signIn("iinchou");
        OrganizationRate union = workplaces.unionRate();
        int members = jdbc.queryForObject("select sum(members) from workplace", Integer.class);
        int staff = jdbc.queryForObject("select sum(regular_staff + non_regular_staff) from workplace", Integer.class);
        // plus the hires since each workplace was counted (up to today) and their joins
        String since = " from new_hire h join workplace w on w.id = h.workplace_id where h.hire_date > w.counted_on"
                + " and h.hire_date <= ?";
        java.time.LocalDate today = jp.kumiaidesk.base.UnionTime.today();
        int hires = jdbc.queryForObject("select count(*)" + since, Integer.class, today);
        int joined = jdbc.queryForObject("select count(*)" + since + " and h.status = 'JOINED'", Integer.class, today);
        assertThat(union).isEqualTo(new OrganizationRate(members + joined, staff + hires));
    }

    @Test
    void bad_input_is_rejected_with_the_field_and_nothing_is_saved() {
        signIn("admin");
        int before = jdbc.queryForObject("select count(*) from workplace", Integer.class);
        assertRejected(new WorkplaceForm("", 1, 1, 1), WorkplaceService.FIELD_NAME, "validation.required");
        assertRejected(new WorkplaceForm("x".repeat(101), 1, 1, 1), WorkplaceService.FIELD_NAME,
                "validation.too-long");
        assertRejected(new WorkplaceForm("<b>課</b>", 1, 1, 1), WorkplaceService.FIELD_NAME, "validation.markup");
        assertRejected(new WorkplaceForm("人事\t課", 1, 1, 1), WorkplaceService.FIELD_NAME,
                "validation.control-characters");
        assertRejected(new WorkplaceForm("課", -1, 1, 0), WorkplaceService.FIELD_REGULAR, "validation.negative");
        assertRejected(new WorkplaceForm("課", 1, 1_000_000, 0), WorkplaceService.FIELD_NON_REGULAR,
                "validation.too-large");
        assertRejected(new WorkplaceForm("課", 1, 1, 3), WorkplaceService.FIELD_MEMBERS,
                "workplace.members-exceed-staff");
        assertThat(jdbc.queryForObject("select count(*) from workplace", Integer.class)).isEqualTo(before);
    }

    private void assertRejected(WorkplaceForm form, String field, String key) {
        assertThatThrownBy(() -> workplaces.create(null, form))
                .isInstanceOfSatisfying(FieldRejectedException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.messageKey()).isEqualTo(key);
                });
    }

    @Test
    void two_siblings_cannot_share_a_name_but_cousins_can() {
        signIn("admin");
        long a = workplaces.create(null, new WorkplaceForm(unique("A部"), 0, 0, 0));
        long b = workplaces.create(null, new WorkplaceForm(unique("B部"), 0, 0, 0));
        workplaces.create(a, new WorkplaceForm("庶務係", 1, 0, 1));
        workplaces.create(b, new WorkplaceForm("庶務係", 1, 0, 1));
        assertThatThrownBy(() -> workplaces.create(a, new WorkplaceForm(" 庶務係", 1, 0, 1)))
                .isInstanceOfSatisfying(FieldRejectedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("workplace.name-taken"));
    }

    @Test
    void the_second_of_two_concurrent_edits_gets_a_conflict() {
        signIn("admin");
        long id = workplaces.create(null, new WorkplaceForm(unique("会計課"), 5, 0, 5));
        long version = node(id).version();
        workplaces.update(id, version, new WorkplaceForm(node(id).name(), 6, 0, 5));
        assertThatThrownBy(() -> workplaces.update(id, version, new WorkplaceForm("上書き", 7, 0, 5)))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(node(id).regularStaff()).isEqualTo(6);
    }

    @Test
    void a_workplace_with_sections_cannot_be_deleted_but_a_leaf_can() {
        signIn("admin");
        long parent = workplaces.create(null, new WorkplaceForm(unique("消防本部"), 0, 0, 0));
        long leaf = workplaces.create(parent, new WorkplaceForm("予防課", 3, 0, 1));
        assertThatThrownBy(() -> workplaces.delete(parent)).isInstanceOf(FieldRejectedException.class);
        workplaces.delete(leaf);
        assertThat(workplaces.find(leaf)).isEmpty();
    }

    @Test
    void every_change_is_in_the_audit_trail_with_who_did_it() {
        signIn("admin");
        long id = workplaces.create(null, new WorkplaceForm(unique("監査テスト課"), 2, 1, 1));
        assertThat(jdbc.queryForObject("select actor from audit_event where action = 'workplace.created' "
                + "and target_id = ?", String.class, String.valueOf(id))).isEqualTo("admin");
    }

    @Test
    void only_administrators_change_workplaces() {
        signIn("iinchou");
        assertThat(workplaces.tree()).isNotEmpty();
        assertThatThrownBy(() -> workplaces.create(null, new WorkplaceForm("勝手な課", 1, 0, 0)))
                .isInstanceOf(AuthorizationDeniedException.class);
        signIn("seinenbu");
        assertThatThrownBy(() -> workplaces.delete(1)).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void nobody_signed_out_reads_workplaces() {
        assertThatThrownBy(() -> workplaces.tree())
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
    }
}
