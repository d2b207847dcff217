package jp.kumiaidesk.sns;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostLengthTest {

    @Test
    void x_counts_japanese_characters_twice_and_every_url_as_23() {
        assertThat(PostLength.of(Network.X, "春闘")).isEqualTo(4);
        assertThat(PostLength.of(Network.X, "abc")).isEqualTo(3);
        assertThat(PostLength.of(Network.X, "https://example.jp/" + "a".repeat(100))).isEqualTo(23);
        assertThat(PostLength.of(Network.X, "署名 https://example.jp/x")).isEqualTo(4 + 1 + 23);
    }

    @Test
    void x_allows_140_japanese_characters() {
        assertThat(PostLength.fits(Network.X, "あ".repeat(140))).isTrue();
        assertThat(PostLength.fits(Network.X, "あ".repeat(141))).isFalse();
    }

    @Test
    void an_emoji_is_one_grapheme_on_bluesky_and_weighs_2_on_x() {
        String family = "👨‍👩‍👧";
        assertThat(PostLength.of(Network.BLUESKY, family)).isEqualTo(1);
        assertThat(PostLength.of(Network.X, family)).isEqualTo(2);
        assertThat(PostLength.of(Network.INSTAGRAM, "春闘")).isEqualTo(2);
    }

    @Test
    void the_post_is_the_body_then_the_hashtags() {
        assertThat(SnsDraft.composed("本文\n", "#春闘")).isEqualTo("本文\n\n#春闘");
        assertThat(SnsDraft.composed("本文", "")).isEqualTo("本文");
    }
}
