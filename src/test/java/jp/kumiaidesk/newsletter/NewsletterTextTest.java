package jp.kumiaidesk.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NewsletterTextTest {

    @Test
    void blank_lines_make_paragraphs_bullets_make_lists_and_double_stars_make_bold() {
        assertThat(NewsletterText.toXhtml("本日、**団体交渉**を行いました。\n当局は回答。\n\n・増員\n- 手当\n\n以上"))
                .isEqualTo("<p>本日、<strong>団体交渉</strong>を行いました。<br/>当局は回答。</p>"
                        + "<ul><li>増員</li><li>手当</li></ul><p>以上</p>");
    }

    @Test
    void whatever_the_user_types_is_escaped_never_markup() {
        assertThat(NewsletterText.toXhtml("<script>alert('x')</script> & \"q\""))
                .isEqualTo("<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;</p>");
        assertThat(NewsletterText.inline("**<b>**")).isEqualTo("<strong>&lt;b&gt;</strong>");
    }

    @Test
    void a_token_has_at_least_128_random_bits() {
        String token = NewsletterService.newToken();
        assertThat(token).matches("[A-Za-z0-9_-]{22}");
        assertThat(NewsletterService.newToken()).isNotEqualTo(token);
    }
}
