package jp.kumiaidesk.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import jp.kumiaidesk.workplace.HeadcountChange;
import jp.kumiaidesk.workplace.WorkplaceNode;

/** Matching names the way a person reads them, on a small tree (no database). */
class WorkplaceMatcherTest {

    private final List<WorkplaceNode> nodes = new ArrayList<>();

    private WorkplaceNode node(long id, WorkplaceNode parent, String name) {
        WorkplaceNode node = new WorkplaceNode(id, 0, parent == null ? null : parent.id(), name,
                parent == null ? name : parent.path() + "/" + name, 0, 0, 0, 0, 0, 0, List.of(), null, null,
                HeadcountChange.NONE);
        nodes.add(node);
        return node;
    }

    private WorkplaceMatcher tree() {
        WorkplaceNode mayor = node(1, null, "市長部局");
        WorkplaceNode welfare = node(2, mayor, "福祉部");
        WorkplaceNode nurseries = node(3, welfare, "保育所");
        node(4, nurseries, "中央保育所");
        node(5, nurseries, "東保育所");
        WorkplaceNode citizens = node(6, mayor, "市民生活部");
        node(7, citizens, "市民課");
        node(8, citizens, "保険年金課");
        WorkplaceNode schools = node(9, null, "小学校");
        node(10, schools, "第一小学校");
        return new WorkplaceMatcher(nodes);
    }

    private static List<String> names(List<WorkplaceMatcher.Suggestion> suggestions) {
        return suggestions.stream().map(s -> s.workplace().name()).toList();
    }

    @Test
    void width_spaces_and_words_written_either_way_are_the_same_place() {
        WorkplaceMatcher matcher = tree();
        assertThat(names(matcher.suggest("中央保育園"))).first().isEqualTo("中央保育所");
        assertThat(matcher.suggest("中央保育園").getFirst().distance()).isZero();
        assertThat(names(matcher.suggest("市民科"))).first().isEqualTo("市民課");
        assertThat(names(matcher.suggest("市民　課"))).first().isEqualTo("市民課");
        assertThat(names(matcher.suggest("ﾎｹﾝ年金課".replace("ﾎｹﾝ", "保険")))).first().isEqualTo("保険年金課");
    }

    @Test
    void a_one_character_slip_is_still_suggested_and_a_different_name_is_not() {
        WorkplaceMatcher matcher = tree();
        assertThat(names(matcher.suggest("保険年全課"))).containsExactly("保険年金課");
        assertThat(names(matcher.suggest("第1小学校"))).containsExactly("第一小学校");
        assertThat(matcher.suggest("下水道課")).isEmpty();
    }

    @Test
    void a_path_resolves_against_the_existing_parents_and_never_makes_a_second_root() {
        WorkplaceMatcher matcher = tree();
        List<String> segments = WorkplaceMatcher.segments("福祉部/保育所/西保育所");
        Optional<WorkplaceNode> parent = matcher.parentOf(segments);
        assertThat(parent).map(WorkplaceNode::path).contains("市長部局/福祉部/保育所");
        assertThat(WorkplaceMatcher.missingUnder(parent, segments)).containsExactly("西保育所");

        List<String> deeper = WorkplaceMatcher.segments("福祉部/障害福祉課/相談係");
        Optional<WorkplaceNode> welfare = matcher.parentOf(deeper);
        assertThat(welfare).map(WorkplaceNode::path).contains("市長部局/福祉部");
        assertThat(WorkplaceMatcher.missingUnder(welfare, deeper)).containsExactly("障害福祉課", "相談係");

        assertThat(matcher.parentOf(WorkplaceMatcher.segments("新しい部/新しい課"))).isEmpty();
    }
}
