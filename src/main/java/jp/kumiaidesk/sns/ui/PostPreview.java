package jp.kumiaidesk.sns.ui;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import jp.kumiaidesk.base.HtmlText;
import jp.kumiaidesk.sns.Network;
import jp.kumiaidesk.sns.PostLength;

/**
 * One card per selected network: its counter ({@code 123 / 280}, red past the limit) and roughly how the post will
 * look, hashtags and URLs highlighted. The post's text is one element's HTML, every character the author typed
 * escaped (nothing they type becomes markup), not a Span per word and token: those were a server-side node each in
 * every open editor, rebuilt on each keystroke (issue #16).
 */
class PostPreview extends Div {

    private static final Pattern TOKENS = Pattern.compile("https?://\\S+|[#＃][^\\s#＃]+");

    private final Map<Network, Span> counters = new EnumMap<>(Network.class);

    PostPreview() {
        addClassName("kd-previews");
    }

    /** @return whether every selected network accepts the post */
    boolean show(Collection<Network> networks, String post) {
        removeAll();
        counters.clear();
        boolean fits = true;
        for (Network network : Network.values()) {
            if (!networks.contains(network)) {
                continue;
            }
            int length = PostLength.of(network, post);
            Span counter = new Span(length + " / " + network.limit());
            counter.setId("sns-count-" + network.name().toLowerCase());
            counter.addClassName("kd-counter");
            if (length > network.limit()) {
                counter.addClassName("kd-over");
                counter.getElement().setAttribute("title", getTranslation("sns.over-limit"));
                fits = false;
            }
            counters.put(network, counter);
            Div head = new Div(new Span(getTranslation(network.labelKey())), counter);
            head.addClassName("kd-preview-head");
            Div body = new Div();
            body.addClassName("kd-preview-body");
            highlight(body, post);
            Div card = new Div(head, body);
            card.addClassNames("kd-preview", "kd-preview-" + network.name().toLowerCase());
            add(card);
        }
        if (networks.isEmpty()) {
            add(new Span(getTranslation("sns.no-network-yet")));
        }
        return fits;
    }

    private static void highlight(Div target, String post) {
        target.getElement().setProperty("innerHTML", highlighted(post));
    }

    /** The post as HTML: its text escaped, each URL and hashtag in a span of its own class. */
    static String highlighted(String post) {
        StringBuilder html = new StringBuilder(post.length() + 64);
        Matcher m = TOKENS.matcher(post);
        int at = 0;
        while (m.find()) {
            html.append(HtmlText.escape(post.substring(at, m.start())));
            html.append("<span class=\"").append(m.group().startsWith("http") ? "kd-url" : "kd-hashtag").append("\">")
                    .append(HtmlText.escape(m.group())).append("</span>");
            at = m.end();
        }
        return html.append(HtmlText.escape(post.substring(at))).toString();
    }
}
