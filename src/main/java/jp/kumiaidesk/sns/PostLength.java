package jp.kumiaidesk.sns;

import java.text.BreakIterator;

import com.twitter.twittertext.TwitterTextParser;

/**
 * How long a post is for one network. X uses its own weighted length, computed by the twitter-text library X
 * publishes: CJK characters and emoji weigh 2, every URL 23, so 280 is about 140 Japanese characters.
 */
public final class PostLength {

    private PostLength() {
    }

    public static int of(Network network, String text) {
        String post = text == null ? "" : text;
        return switch (network) {
            case X -> TwitterTextParser.parseTweet(post).weightedLength;
            case BLUESKY -> graphemes(post);
            default -> post.codePointCount(0, post.length());
        };
    }

    public static boolean fits(Network network, String text) {
        return of(network, text) <= network.limit();
    }

    private static int graphemes(String text) {
        BreakIterator it = BreakIterator.getCharacterInstance();
        it.setText(text);
        int count = 0;
        while (it.next() != BreakIterator.DONE) {
            count++;
        }
        return count;
    }
}
