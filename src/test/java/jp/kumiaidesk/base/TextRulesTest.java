package jp.kumiaidesk.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextRulesTest {

    @Test
    void japanese_names_with_ideographic_spaces_are_trimmed_and_accepted() {
        assertThat(TextRules.requireLine("name", "\u3000人事課 ", true, 100)).isEqualTo("人事課");
    }

    @Test
    void empty_required_text_is_rejected() {
        assertThat(TextRules.problemWithLine("  \u3000", true, 10)).isEqualTo("validation.required");
        assertThat(TextRules.problemWithLine("", false, 10)).isNull();
    }

    @Test
    void length_counts_characters_not_utf16_units() {
        assertThat(TextRules.problemWithLine("𠮷野家", true, 3)).isNull();
        assertThat(TextRules.problemWithLine("𠮷野家家", true, 3)).isEqualTo("validation.too-long");
    }

    @Test
    void control_characters_and_markup_are_rejected() {
        assertThat(TextRules.problemWithLine("人事\u0000課", true, 10)).isEqualTo("validation.control-characters");
        assertThat(TextRules.problemWithLine("人事\u202E課", true, 10)).isEqualTo("validation.control-characters");
        assertThat(TextRules.problemWithLine("<script>alert(1)</script>", true, 100)).isEqualTo("validation.markup");
    }

    @Test
    void the_rejection_names_the_field() {
        assertThatThrownBy(() -> TextRules.requireLine("displayName", "<b>", true, 10))
                .isInstanceOfSatisfying(FieldRejectedException.class, e -> {
                    assertThat(e.field()).isEqualTo("displayName");
                    assertThat(e.messageKey()).isEqualTo("validation.markup");
                });
    }
}
