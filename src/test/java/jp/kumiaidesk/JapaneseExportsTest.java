package jp.kumiaidesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import jp.kumiaidesk.bargaining.AnswerForm;
import jp.kumiaidesk.bargaining.AnswerOutcome;
import jp.kumiaidesk.bargaining.BargainingService;
import jp.kumiaidesk.bargaining.SessionForm;
import jp.kumiaidesk.bargaining.SessionKind;
import jp.kumiaidesk.base.Role;
import jp.kumiaidesk.base.UnionTime;
import jp.kumiaidesk.newsletter.NewsletterService;
import jp.kumiaidesk.newsletter.NewsletterStatus;
import jp.kumiaidesk.newsletter.NewsletterView;
import jp.kumiaidesk.recruitment.CohortView;
import jp.kumiaidesk.recruitment.ContactMethod;
import jp.kumiaidesk.recruitment.DeclineReason;
import jp.kumiaidesk.recruitment.EmploymentType;
import jp.kumiaidesk.recruitment.EscalationStage;
import jp.kumiaidesk.recruitment.HireForm;
import jp.kumiaidesk.recruitment.HireRoute;
import jp.kumiaidesk.recruitment.HireRow;
import jp.kumiaidesk.recruitment.HireStatus;
import jp.kumiaidesk.recruitment.HqSurveyService;
import jp.kumiaidesk.recruitment.RecruitmentService;
import jp.kumiaidesk.sns.DraftForm;
import jp.kumiaidesk.sns.DraftState;
import jp.kumiaidesk.sns.DraftVersions;
import jp.kumiaidesk.sns.Network;
import jp.kumiaidesk.sns.SnsDraftService;
import jp.kumiaidesk.sns.SnsResultsService;
import jp.kumiaidesk.sns.SnsViews.DiffPart;
import jp.kumiaidesk.sns.SnsViews.Metrics;
import jp.kumiaidesk.sns.SnsViews.Saved;
import jp.kumiaidesk.workplace.WorkplaceService;

/**
 * Everything the app writes to a file in Japanese mode — the hires CSV, the SNS monthly review CSV and PDF, the
 * newsletter PDF, the version diff — is scanned for enum names and English headers; the PDFs' extracted text must be
 * the source text character for character (no Kangxi radicals for 月, 金, 手).
 */
class JapaneseExportsTest extends ServiceTest {

    /** Brand names that are the same word in Japanese. */
    private static final Set<String> BRANDS = Set.of("X", "LINE");
    private static final Pattern ENGLISH = Pattern.compile("\\b(Rank|Title|Posted|Networks|Impressions|Engagement|"
            + "Reposts|Likes|Replies|Link clicks|Name|Status|Workplace|Hire date|Recruiter|monthly review|"
            + "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d)\\b");

    @Autowired
    RecruitmentService recruitment;

    @Autowired
    HqSurveyService surveys;

    @Autowired
    WorkplaceService workplaces;

    @Autowired
    SnsDraftService sns;

    @Autowired
    DraftVersions versions;

    @Autowired
    SnsResultsService results;

    @Autowired
    NewsletterService newsletters;

    @Autowired
    BargainingService bargaining;

    @Test
    void the_hires_csv_speaks_japanese_with_slashed_dates_and_display_names() {
        signIn("admin");
        CohortView cohort = recruitment.cohortOf(YearMonth.of(yearWithoutCohorts(), 4));
        long place = workplaces.flatten().stream().filter(w -> w.name().equals("市民課")).findFirst().orElseThrow()
                .id();
        recruitment.addHire(cohort.id(), new HireForm(unique("青木"), "アオキ", place, EmploymentType.REGULAR,
                cohort.month().atDay(1), HireRoute.NEW_GRADUATE, "seinenbu", HireStatus.NOT_CONTACTED, null,
                EscalationStage.RECRUITER, null));
        long competitor = recruitment.addHire(cohort.id(), HireForm.of(unique("井上"), null, place,
                EmploymentType.FISCAL_YEAR, cohort.month().atDay(1), HireRoute.MID_CAREER));
        HireRow row = recruitment.hires(cohort.id(), null, null, org.springframework.data.domain.PageRequest.of(0, 50))
                .getContent().stream().filter(h -> h.id() == competitor).findFirst().orElseThrow();
        recruitment.changeStatus(competitor, row.version(), HireStatus.JOINED_COMPETITOR, null);

        String csv = new String(surveys.exportTrackerCsv(cohort.id(), Locale.JAPANESE), StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFF氏名,フリガナ,所属,雇用形態,採用日")
                .contains("正規", "未接触", "競合加入", "会計年度任用", "社会人経験者",
                        cohort.month().getYear() + "/04/01", "高橋 美咲（青年部）")
                .doesNotContain("seinenbu");
        assertJapanese("hires CSV", csv);
        assertThat(new String(surveys.exportTrackerCsv(cohort.id(), Locale.ENGLISH), StandardCharsets.UTF_8))
                .startsWith("\uFEFFName,Kana").contains("Regular", "Not contacted", "Joined competitor");
    }

    @Test
    void the_sns_review_csv_pdf_and_version_diff_speak_japanese_and_the_pdf_text_is_the_text() throws IOException {
        signIn("shokikyoku");
        YearMonth month = YearMonth.of(1990 + (int) (System.nanoTime() % 9), 1 + (int) (System.nanoTime() % 12));
        String title = unique("賃金確定・手当の改善 月例報告");
        DraftForm form = new DraftForm(title, "11月の賃金交渉で手当が改善されました。", "#賃金",
                EnumSet.of(Network.X, Network.FACEBOOK), SnsDraftService.UNION_ACCOUNT,
                LocalDateTime.now(UnionTime.ZONE).plusDays(3).withNano(0), null, List.of());
        Saved saved = sns.create(form);
        Saved second = sns.save(saved.id(), saved.version(), new DraftForm(title, form.body() + "金曜に報告会。",
                form.hashtags(), EnumSet.of(Network.X, Network.INSTAGRAM, Network.BLUESKY), form.targetAccount(),
                form.postAt(), null, List.of()));
        int latest = sns.draft(saved.id()).revision();
        String diff = versions.diff(saved.id(), 1, latest, Locale.JAPANESE).stream()
                .filter(p -> p.change() != DiffPart.Change.REMOVED).map(DiffPart::text)
                .collect(Collectors.joining());
        assertThat(diff).contains("【本文】", "【投稿先】", "Instagram", "Bluesky").doesNotContain("[本文 / Text]");
        assertJapanese("version diff", diff);
        assertThat(second.id()).isEqualTo(saved.id());

        jdbc.update("update sns_draft set state = ?, posted_at = ?, post_url = ? where id = ?",
                DraftState.POSTED.name(), Timestamp.from(month.atDay(27).atTime(10, 0).atZone(UnionTime.ZONE)
                        .toInstant()), "https://x.com/kumiai/status/" + System.nanoTime(), saved.id());
        results.recordMetrics(saved.id(), new Metrics(Network.X, month.atDay(28), 1200, 10, 30, 4, 12));

        String csv = new String(results.monthlyReviewCsv(month, Locale.JAPANESE), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF\"順位\",\"タイトル\",\"投稿日時\"")
                .contains(String.format("%d/%02d/27 10:00", month.getYear(), month.getMonthValue()));
        assertJapanese("SNS monthly CSV", csv);

        byte[] pdf = results.monthlyReviewPdf(month, Locale.JAPANESE);
        String text = pdfText(pdf);
        assertJapanese("SNS monthly PDF", text);
        assertSameCharacters("SNS monthly PDF", text, month.getYear() + "年" + month.getMonthValue()
                + "月 SNS月次ふりかえり", title, "ネットワーク", "表示回数", "エンゲージメント");
    }

    @Test
    void the_newsletter_pdf_text_is_the_source_text_character_for_character() throws IOException {
        signIn("shokikyoku");
        long season = bargaining.createSeason(unique("賃金確定闘争"), LocalDate.of(2026, 10, 1));
        long pay = bargaining.addDemand(season, "月例給の引き上げと期末手当の改善");
        long hands = bargaining.addDemand(season, "金曜夜間の手話通訳の配置");
        long session = bargaining.createSession(new SessionForm(season, LocalDate.of(2026, 11, 27),
                LocalTime.of(15, 0), LocalTime.of(16, 30), SessionKind.COLLECTIVE_BARGAINING, "総務部長", "委員長",
                List.of(new AnswerForm(pay, "11月から月例給を平均0.9%引き上げる", AnswerOutcome.SETTLED),
                        new AnswerForm(hands, "手当の水準を含め検討する", AnswerOutcome.CARRIED_OVER)),
                "月例給の引き上げで合意", "金曜の手話通訳", "", List.of()));
        long id = newsletters.draftFromSession(session);
        NewsletterView view = newsletters.submit(id, newsletters.get(id).version());
        for (String executive : List.of("iinchou", "shokichou")) {
            if (newsletters.get(id).status() == NewsletterStatus.IN_REVIEW) {
                signIn(executive);
                newsletters.approve(id, view.contentHash());
            }
        }
        signIn("shokikyoku");
        newsletters.publish(id);
        NewsletterView published = newsletters.get(id);

        String text = pdfText(newsletters.pdf(id));

        List<String> sources = new ArrayList<>(List.of(published.form().headline(), "みなと市職員労働組合"));
        published.form().rows().forEach(r -> {
            sources.add(r.demand());
            sources.add(r.answer());
        });
        sources.add("月例給の引き上げで合意");
        sources.add("総務部長");
        assertSameCharacters("newsletter PDF", text, sources.toArray(String[]::new));
        assertJapanese("newsletter PDF", text);
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** Every source string is in the extracted text as it is (whitespace aside), and no radical stands for a kanji. */
    private static void assertSameCharacters(String what, String extracted, String... sources) {
        String flat = extracted.replaceAll("[\\s\\p{Z}]+", "");
        for (String source : sources) {
            assertThat(flat).as(what + " contains the source text character for character")
                    .contains(source.replaceAll("[\\s\\p{Z}]+", ""));
        }
        assertThat(flat.codePoints().filter(cp -> (cp >= 0x2E80 && cp <= 0x2FDF) || (cp >= 0xF900 && cp <= 0xFAFF))
                .mapToObj(Character::toString).toList()).as(what + ": radicals or compatibility ideographs").isEmpty();
    }

    /** No enum name (other than brand names) and no English header or English date in {@code text}. */
    static void assertJapanese(String what, String text) {
        List<String> names = Stream.of(HireStatus.values(), EmploymentType.values(), HireRoute.values(),
                DeclineReason.values(), EscalationStage.values(), ContactMethod.values(), Network.values(),
                DraftState.values(), NewsletterStatus.values(), SessionKind.values(), AnswerOutcome.values(),
                Role.values()).flatMap(Stream::of).map(Enum::name).filter(n -> !BRANDS.contains(n)).toList();
        for (String name : names) {
            assertThat(Pattern.compile("(?<![A-Za-z_])" + name + "(?![A-Za-z_])").matcher(text).find())
                    .as(what + " shows the enum name " + name + ":\n" + text).isFalse();
        }
        assertThat(ENGLISH.matcher(text).find()).as(what + " has English headers or dates:\n" + text).isFalse();
    }
}
