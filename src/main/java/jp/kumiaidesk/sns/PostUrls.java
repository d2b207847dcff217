package jp.kumiaidesk.sns;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;

import jp.kumiaidesk.base.OfficeCsv;
import jp.kumiaidesk.base.SystemAuthentication;

/**
 * Which network a post's address or a name in a spreadsheet means: x.com is X, "Twitter" and "ツイッター" too,
 * "LINE公式アカウント" is LINE. A post sent to X, Facebook and LINE has one URL on each.
 */
final class PostUrls {

    static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]{3,}");

    private static final Map<String, Network> HOSTS = Map.ofEntries(Map.entry("x.com", Network.X),
            Map.entry("twitter.com", Network.X), Map.entry("facebook.com", Network.FACEBOOK),
            Map.entry("fb.com", Network.FACEBOOK), Map.entry("fb.watch", Network.FACEBOOK),
            Map.entry("instagram.com", Network.INSTAGRAM), Map.entry("line.me", Network.LINE),
            Map.entry("lin.ee", Network.LINE), Map.entry("threads.net", Network.THREADS),
            Map.entry("threads.com", Network.THREADS), Map.entry("bsky.app", Network.BLUESKY),
            Map.entry("tiktok.com", Network.TIKTOK), Map.entry("youtube.com", Network.YOUTUBE),
            Map.entry("youtu.be", Network.YOUTUBE));

    private static final Map<String, Network> NAMES = Map.ofEntries(Map.entry("x", Network.X),
            Map.entry("twitter", Network.X), Map.entry("ツイッター", Network.X), Map.entry("エックス", Network.X),
            Map.entry("x(旧twitter)", Network.X), Map.entry("facebook", Network.FACEBOOK),
            Map.entry("フェイスブック", Network.FACEBOOK), Map.entry("instagram", Network.INSTAGRAM),
            Map.entry("インスタグラム", Network.INSTAGRAM), Map.entry("インスタ", Network.INSTAGRAM),
            Map.entry("line", Network.LINE), Map.entry("line公式アカウント", Network.LINE),
            Map.entry("ライン", Network.LINE), Map.entry("threads", Network.THREADS),
            Map.entry("スレッズ", Network.THREADS), Map.entry("bluesky", Network.BLUESKY),
            Map.entry("ブルースカイ", Network.BLUESKY), Map.entry("tiktok", Network.TIKTOK),
            Map.entry("ティックトック", Network.TIKTOK), Map.entry("youtube", Network.YOUTUBE),
            Map.entry("ユーチューブ", Network.YOUTUBE));

    private PostUrls() {
    }

    /** The network an address belongs to, from its host (www. and m. ignored). */
    static Optional<Network> networkOf(String url) {
        try {
            String host = URI.create(url.strip()).getHost();
            if (host == null) {
                return Optional.empty();
            }
            host = host.toLowerCase(Locale.ROOT).replaceFirst("^(www|m|mobile|web)\\.", "");
            return Optional.ofNullable(HOSTS.get(host));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The network an address belongs to, else the draft's only network, else empty. */
    static Optional<Network> networkOf(String url, Collection<Network> networks) {
        return networkOf(url).or(() -> networks.size() == 1 ? Optional.of(networks.iterator().next())
                : Optional.empty());
    }

    /** Records (or replaces) the URL of a posted draft on one network. */
    static void store(JdbcTemplate jdbc, long draftId, Network network, String url) {
        jdbc.update("insert into sns_post_url (draft_id, network, url, recorded_by, recorded_at) values "
                + "(?, ?, ?, ?, ?) on duplicate key update url = values(url), recorded_by = values(recorded_by), "
                + "recorded_at = values(recorded_at)", draftId, network.name(), url,
                SystemAuthentication.currentActor(), Timestamp.from(Instant.now()));
    }

    /** A network as a person names it in a spreadsheet: X, Twitter, ツイッター, LINE公式アカウント … or the enum name. */
    static Optional<Network> named(String name) {
        String key = OfficeCsv.key(name).replace(" ", "");
        Network known = NAMES.get(key);
        if (known != null) {
            return Optional.of(known);
        }
        for (Network n : Network.values()) {
            if (n.name().equalsIgnoreCase(key)) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }
}
