package jp.kumiaidesk.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void markup_and_quotes_are_escaped_japanese_stays_and_what_xml_cannot_carry_is_dropped() {
        assertThat(HtmlText.escape("<b>\"春闘\" & '一時金'</b>")).isEqualTo(
                "&lt;b&gt;&quot;春闘&quot; &amp; &#39;一時金&#39;&lt;/b&gt;");
        // a vertical tab pasted from Excel would make the PDF renderer's XML parser fail; lines and tabs stay
        assertThat(HtmlText.escape("一行目\n\t二行目\u000B\u0001")).isEqualTo("一行目\n\t二行目");
        assertThat(HtmlText.escape("絵文字👍")).isEqualTo("絵文字👍");
        assertThat(HtmlText.escape(null)).isEmpty();
    }
}
