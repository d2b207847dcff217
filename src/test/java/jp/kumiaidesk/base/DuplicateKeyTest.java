package jp.kumiaidesk.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

import jp.kumiaidesk.ServiceTest;

class DuplicateKeyTest extends ServiceTest {

    @Test
    void a_duplicate_key_becomes_the_fields_taken_message_and_other_integrity_errors_pass_through() {
        String name = unique("重複テスト");
        jdbc.update("insert into sns_campaign (name) values (?)", name);
        assertThatThrownBy(() -> DuplicateKey.refused("name", "sns.campaign.error.name-taken",
                () -> jdbc.update("insert into sns_campaign (name) values (?)", name)))
                .isInstanceOf(FieldRejectedException.class)
                .hasFieldOrPropertyWithValue("messageKey", "sns.campaign.error.name-taken");
        // a missing parent is not a duplicate
        assertThatThrownBy(() -> DuplicateKey.refused("name", "x", () -> jdbc.update(
                "insert into hq_union_answer (sheet_id, question, answer) values (-1, 'Q', 'a')")))
                .isInstanceOf(DataIntegrityViolationException.class)
                .satisfies(e -> assertThat(DuplicateKey.is(e)).isFalse());
        assertThat(DuplicateKey.refused("name", "x", () -> 42)).isEqualTo(42);
    }
}
