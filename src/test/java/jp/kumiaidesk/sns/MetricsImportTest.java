package jp.kumiaidesk.sns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import jp.kumiaidesk.ServiceTest;
import jp.kumiaidesk.base.FieldRejectedException;
import jp.kumiaidesk.base.UnionTime;
import jp.kumiaidesk.sns.SnsResultsService.ImportResult;
import jp.kumiaidesk.sns.SnsViews.Metrics;

/** The figures CSV as offices produce it: Excel's Shift_JIS and headers, one URL per network of a post. */
class MetricsImportTest extends ServiceTest {

    private static final Charset SHIFT_JIS = Charset.forName("windows-31j");

    @Autowired
    SnsDraftService sns;

    @Autowired
    SnsResultsService results;

    /** A draft posted to X, Facebook and LINE (state set directly: approval is not what this test is about). */
    private long postedToThree() {
        signIn("shokikyoku");
        long id = sns.create(new DraftForm(unique("人員確保署名"), "署名にご協力を", "#人員確保",
                EnumSet.of(Network.X, Network.FACEBOOK, Network.LINE), SnsDraftService.UNION_ACCOUNT,
                LocalDateTime.now(UnionTime.ZONE).plusDays(3).withNano(0), null, List.of())).id();
        jdbc.update("update sns_draft set state = 'POSTED', posted_at = ? where id = ?",
                Timestamp.from(java.time.Instant.now()), id);
        return id;
    }

    private static String url(String host, long id) {
        return "https://" + host + "/kumiai/posts/" + id + "-" + System.nanoTime();
    }

    @Test
    void a_post_keeps_one_url_per_network_and_a_url_of_another_network_is_refused() {
        long id = postedToThree();
        String x = url("x.com", id);
        String facebook = url("www.facebook.com", id);
        String line = url("line.me", id);
        results.recordPostUrl(id, Network.X, x);
        results.recordPostUrl(id, Network.FACEBOOK, facebook);
        results.recordPostUrl(id, Network.LINE, line);
        assertThat(results.postUrls(id)).containsEntry(Network.X, x).containsEntry(Network.FACEBOOK, facebook)
                .containsEntry(Network.LINE, line).hasSize(3);
        assertThatThrownBy(() -> results.recordPostUrl(id, Network.FACEBOOK, url("x.com", id)))
                .isInstanceOf(FieldRejectedException.class)
                .hasFieldOrPropertyWithValue("messageKey", "sns.error.url-other-network");
        assertThatThrownBy(() -> results.recordPostUrl(id, Network.INSTAGRAM, url("instagram.com", id)))
                .hasFieldOrPropertyWithValue("messageKey", "sns.error.url-network");
        assertThat(results.postUrls(id)).containsEntry(Network.FACEBOOK, facebook);
    }

    @Test
    void excels_shift_jis_csv_with_its_headers_and_no_network_column_is_imported_per_network() {
        long id = postedToThree();
        String x = url("x.com", id);
        String facebook = url("facebook.com", id);
        String line = url("line.me", id);
        results.recordPostUrl(id, Network.X, x);
        results.recordPostUrl(id, Network.FACEBOOK, facebook);
        results.recordPostUrl(id, Network.LINE, line);
        String day = UnionTime.today().minusDays(2).format(DateTimeFormatter.ofPattern("uuuu/M/d"));
        String csv = "投稿URL,日付,インプレッション数,いいね数,リツイート数,コメント数,クリック数\r\n"
                + x + "," + day + ",\"1,200\",30,10,4,12\r\n"
                + facebook + "," + day + ",800,25,3,2,9\r\n"
                + line + "," + day + ",５００,0,0,0,40\r\n";
        byte[] bytes = csv.getBytes(SHIFT_JIS);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).as("really not UTF-8").isNotEqualTo(csv);

        ImportResult result = results.importMetrics(bytes);

        assertThat(result.errors()).isEmpty();
        assertThat(result.stored()).isEqualTo(3);
        LocalDate measured = UnionTime.today().minusDays(2);
        assertThat(results.metrics(id)).containsExactlyInAnyOrder(
                new Metrics(Network.FACEBOOK, measured, 800, 3, 25, 2, 9),
                new Metrics(Network.LINE, measured, 500, 0, 0, 0, 40),
                new Metrics(Network.X, measured, 1200, 10, 30, 4, 12));
    }

    @Test
    void utf8_with_a_bom_english_headers_and_a_network_column_is_imported() {
        long id = postedToThree();
        String x = url("x.com", id);
        results.recordPostUrl(id, Network.X, x);
        String csv = "\uFEFFurl,network,date,impressions,likes\n" + x + ",Twitter,"
                + UnionTime.today().minusDays(1) + ",99,5\n";
        ImportResult result = results.importMetrics(csv.getBytes(StandardCharsets.UTF_8));
        assertThat(result.errors()).isEmpty();
        assertThat(results.metrics(id)).extracting(Metrics::network, Metrics::impressions)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Network.X, 99L));
    }

    @Test
    void a_missing_column_is_named_with_the_columns_found_and_nothing_is_stored() {
        long id = postedToThree();
        String x = url("x.com", id);
        results.recordPostUrl(id, Network.X, x);
        byte[] bytes = ("投稿URL,表示回数\r\n" + x + ",10\r\n").getBytes(SHIFT_JIS);
        ImportResult result = results.importMetrics(bytes);
        assertThat(result.stored()).isZero();
        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.key()).isEqualTo("sns.import.missing-column.date");
            assertThat(e.argument()).isEqualTo("投稿URL、表示回数");
        });
        assertThat(results.metrics(id)).isEmpty();
    }

    @Test
    void a_url_of_another_network_than_its_row_says_is_refused() {
        long id = postedToThree();
        String x = url("x.com", id);
        results.recordPostUrl(id, Network.X, x);
        byte[] bytes = ("URL,SNS,計測日,表示回数\n" + x + ",Facebook," + UnionTime.today() + ",10\n")
                .getBytes(StandardCharsets.UTF_8);
        ImportResult result = results.importMetrics(bytes);
        assertThat(result.errors()).extracting(e -> e.key()).containsExactly("sns.import.url-other-network");
    }
}
