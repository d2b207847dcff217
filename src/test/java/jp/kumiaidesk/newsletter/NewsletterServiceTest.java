package jp.kumiaidesk.newsletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authorization.AuthorizationDeniedException;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;

import jp.kumiaidesk.ServiceTest;
import jp.kumiaidesk.bargaining.AnswerForm;
import jp.kumiaidesk.bargaining.AnswerOutcome;
import jp.kumiaidesk.bargaining.BargainingService;
import jp.kumiaidesk.bargaining.SessionForm;
import jp.kumiaidesk.bargaining.SessionKind;
import jp.kumiaidesk.base.ConcurrentEditException;
import jp.kumiaidesk.base.FieldRejectedException;

class NewsletterServiceTest extends ServiceTest {

    @Autowired
    NewsletterService newsletters;

    @Autowired
    BargainingService bargaining;

    @LocalServerPort
    int port;

    /** A session with two answered demands, and its newsletter draft (as the secretariat). */
    long draft() {
        signIn("shokikyoku");
        long season = bargaining.createSeason(unique("人員確保闘争"), LocalDate.of(2026, 10, 1));
        long staff = bargaining.addDemand(season, "保育士の正規職員での増員");
        long pay = bargaining.addDemand(season, "会計年度任用職員への勤勉手当の支給");
        long session = bargaining.createSession(new SessionForm(season, LocalDate.of(2026, 11, 18),
                LocalTime.of(15, 0), LocalTime.of(16, 40), SessionKind.COLLECTIVE_BARGAINING,
                "総務部長 山本一郎\n人事課長 中川美紀", "委員長 山田太郎\n書記長 佐藤花子",
                List.of(new AnswerForm(staff, "来年度、正規保育士を5名増員する", AnswerOutcome.SETTLED),
                        new AnswerForm(pay, "国の制度改正を踏まえ検討する", AnswerOutcome.CARRIED_OVER)),
                "保育士5名の増員で合意", "勤勉手当の支給", "", List.of()));
        return newsletters.draftFromSession(session);
    }

    long approved() {
        long id = draft();
        NewsletterView view = newsletters.submit(id, newsletters.get(id).version());
        signIn("iinchou");
        assertThat(newsletters.approve(id, view.contentHash()).status()).isEqualTo(NewsletterStatus.APPROVED);
        signIn("shokikyoku");
        return id;
    }

    @Test
    void write_newsletter_prefills_the_table_agreements_and_next_steps_from_the_session() {
        NewsletterForm form = newsletters.get(draft()).form();
        assertThat(form.headline()).contains("団体交渉");
        assertThat(form.lead()).contains("総務部長 山本一郎、人事課長 中川美紀");
        assertThat(form.rows()).extracting(NewsletterRow::demand)
                .containsExactly("保育士の正規職員での増員", "会計年度任用職員への勤勉手当の支給");
        assertThat(form.rows().getFirst().answer()).contains("5名増員").contains("【妥結】");
        assertThat(form.agreements()).isEqualTo("保育士5名の増員で合意");
        assertThat(form.nextSteps()).contains("勤勉手当の支給");
    }

    @Test
    void an_edit_after_approval_sends_it_back_to_review_and_it_cannot_be_published() {
        long id = approved();
        NewsletterView approved = newsletters.get(id);
        NewsletterView edited = newsletters.update(id, approved.version(), withHeadline(approved.form(), "見出しを直した"));
        assertThat(edited.status()).isEqualTo(NewsletterStatus.IN_REVIEW);
        assertThat(edited.reapproval()).isTrue();
        assertThatThrownBy(() -> newsletters.publish(id)).isInstanceOf(FieldRejectedException.class)
                .hasMessage("status: newsletter.error.not-approved");
        // the executive approves what they saw: the old version's hash no longer counts
        signIn("iinchou");
        assertThatThrownBy(() -> newsletters.approve(id, approved.contentHash()))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(newsletters.approve(id, edited.contentHash()).status()).isEqualTo(NewsletterStatus.APPROVED);
        // saving the same text again changes nothing
        signIn("shokikyoku");
        NewsletterView again = newsletters.get(id);
        assertThat(newsletters.update(id, again.version(), again.form()).status())
                .isEqualTo(NewsletterStatus.APPROVED);
    }

    @Test
    void the_author_cannot_approve_and_a_reason_is_needed_to_send_it_back() {
        long id = draft();
        NewsletterView view = newsletters.submit(id, newsletters.get(id).version());
        signIn("shokikyoku");
        assertThatThrownBy(() -> newsletters.approve(id, view.contentHash()))
                .isInstanceOf(AuthorizationDeniedException.class);
        signIn("iinchou");
        assertThatThrownBy(() -> newsletters.requestChanges(id, view.contentHash(), " "))
                .isInstanceOf(FieldRejectedException.class);
        assertThat(newsletters.requestChanges(id, view.contentHash(), "数字を確認してください").status())
                .isEqualTo(NewsletterStatus.CHANGES_REQUESTED);
        signIn("seinenbu");
        assertThatThrownBy(() -> newsletters.get(id)).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void concurrent_publishes_never_share_a_number() throws Exception {
        int n = 6;
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(approved());
        }
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<PublishResult>> results = new ArrayList<>();
        for (long id : ids) {
            results.add(pool.submit(() -> {
                signIn("shokikyoku");
                start.await();
                return newsletters.publish(id);
            }));
        }
        start.countDown();
        List<Integer> numbers = new ArrayList<>();
        for (Future<PublishResult> r : results) {
            numbers.add(r.get().number());
        }
        pool.shutdown();
        Collections.sort(numbers);
        assertThat(numbers).doesNotHaveDuplicates();
        assertThat(numbers.getLast() - numbers.getFirst()).isEqualTo(n - 1);
        // publishing twice is refused: a number is given once
        assertThatThrownBy(() -> newsletters.publish(ids.getFirst())).isInstanceOf(FieldRejectedException.class);
    }

    @Test
    void the_pdf_carries_the_japanese_text_and_a_qr_code_that_decodes_to_the_web_page() throws Exception {
        long id = approved();
        PublishResult result = newsletters.publish(id);
        byte[] pdf = newsletters.pdf(id);
        assertThat(result.webUrl()).matches("http://localhost:8080/n/[A-Za-z0-9_-]{22}");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // IPAex Gothic draws some kanji with the glyph of a Kangxi radical (士 and ⼠); the text layer then says
            // the radical, which NFKC folds back
            String text = java.text.Normalizer.normalize(new PDFTextStripper().getText(document),
                    java.text.Normalizer.Form.NFKC).replaceAll("\\s+", "");
            assertThat(text).contains("保育士の正規職員での増員", "来年度、正規保育士を5名増員する",
                    "国の制度改正を踏まえ検討する", "保育士5名の増員で合意", "第" + result.number() + "号", "みなと市職員労働組合");
            assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(595f, org.assertj.core.data.Offset.offset(2f));
            List<String> codes = qrCodes(document);
            if (!codes.contains(result.webUrl())) {
                java.nio.file.Files.write(java.nio.file.Path.of("target/qr-not-found.pdf"), pdf);
            }
            assertThat(codes).as("QR codes in the PDF (saved as target/qr-not-found.pdf when missing)")
                    .contains(result.webUrl());
            assertThat(document.getPage(0).getResources().getFontNames()).isNotEmpty();
        }
    }

    private static List<String> qrCodes(PDDocument document) throws IOException {
        List<String> found = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            collect(page.getResources(), found);
        }
        return found;
    }

    /** Every image of the resources, also inside form XObjects, decoded where it is a QR code. */
    private static void collect(org.apache.pdfbox.pdmodel.PDResources resources, List<String> found)
            throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getXObjectNames()) {
            var object = resources.getXObject(name);
            if (object instanceof PDImageXObject image) {
                decode(image.getImage()).ifPresent(found::add);
            } else if (object instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) {
                collect(form.getResources(), found);
            }
        }
    }

    @Autowired
    jp.kumiaidesk.media.ImageService images;

    @Test
    void a_photo_nobody_stated_consent_for_cannot_be_published() {
        long id = draft();
        long photo = images.store(jp.kumiaidesk.media.TestImages.jpeg(60, 40), "団交の様子.jpg");
        NewsletterView view = newsletters.get(id);
        NewsletterForm f = view.form();
        newsletters.update(id, view.version(), new NewsletterForm(f.issueDate(), f.headline(), f.lead(), f.rows(),
                f.agreements(), f.nextSteps(), List.of(photo)));
        NewsletterView submitted = newsletters.submit(id, newsletters.get(id).version());
        signIn("iinchou");
        newsletters.approve(id, submitted.contentHash());
        signIn("shokikyoku");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> newsletters.publish(id))
                .hasFieldOrPropertyWithValue("messageKey", "newsletter.error.photo-consent");
        images.recordConsent(photo, false, null);
        assertThat(newsletters.publish(id).webUrl()).isNotBlank();
    }

    @Test
    void a_photo_with_recorded_consent_goes_into_the_pdf_and_the_web_page() throws Exception {
        long id = draft();
        var image = new BufferedImage(600, 400, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(java.awt.Color.BLUE);
        g.fillRect(50, 50, 300, 200);
        g.dispose();
        var bytes = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", bytes);
        long photo = images.store(bytes.toByteArray(), "団交の様子.png");
        images.recordConsent(photo, true, "写っている2名に口頭で確認");
        NewsletterView view = newsletters.get(id);
        NewsletterForm f = view.form();
        newsletters.update(id, view.version(), new NewsletterForm(f.issueDate(), f.headline(), f.lead(), f.rows(),
                f.agreements(), f.nextSteps(), List.of(photo)));
        NewsletterView submitted = newsletters.submit(id, newsletters.get(id).version());
        signIn("iinchou");
        newsletters.approve(id, submitted.contentHash());
        signIn("shokikyoku");
        PublishResult result = newsletters.publish(id);
        try (PDDocument document = Loader.loadPDF(newsletters.pdf(id))) {
            int pictures = 0;
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                        pictures++;
                    }
                }
            }
            assertThat(pictures).isEqualTo(2);
            assertThat(qrCodes(document)).contains(result.webUrl());
        }
        String path = URI.create(result.webUrl()).getPath();
        assertThat(get(path).body()).contains(path + "/photos/0");
        HttpResponse<String> served = get(path + "/photos/0");
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type").orElse("")).startsWith("image/");
        assertThat(get(path + "/photos/1").statusCode()).isEqualTo(404);
    }

    /** The embedded image as ZXing reads it: redrawn on white with a quiet zone, then both binarizers. */
    private static java.util.Optional<String> decode(BufferedImage embedded) {
        int pad = 40;
        BufferedImage bitmap = new BufferedImage(embedded.getWidth() + 2 * pad, embedded.getHeight() + 2 * pad,
                BufferedImage.TYPE_INT_RGB);
        var g = bitmap.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, bitmap.getWidth(), bitmap.getHeight());
        g.drawImage(embedded, pad, pad, null);
        g.dispose();
        // PURE_BARCODE first: the embedded image is the code itself, straight, with its margin. ZXing's finder-pattern
        // detector alone misses about one in 200 such codes (random tokens: 11 of 2,000 missed, none with the hint)
        var pure = java.util.Map.of(com.google.zxing.DecodeHintType.PURE_BARCODE, Boolean.TRUE,
                com.google.zxing.DecodeHintType.POSSIBLE_FORMATS, List.of(com.google.zxing.BarcodeFormat.QR_CODE));
        var detect = java.util.Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, Boolean.TRUE,
                com.google.zxing.DecodeHintType.POSSIBLE_FORMATS, List.of(com.google.zxing.BarcodeFormat.QR_CODE));
        var source = new BufferedImageLuminanceSource(bitmap);
        for (var hints : List.of(pure, detect)) {
            for (BinaryBitmap binary : List.of(new BinaryBitmap(new HybridBinarizer(source)),
                    new BinaryBitmap(new com.google.zxing.common.GlobalHistogramBinarizer(source)))) {
                try {
                    return java.util.Optional.of(new MultiFormatReader().decode(binary, hints).getText());
                } catch (NotFoundException notAQrCode) {
                    // a photo, or try the other binarizer / the detector
                }
            }
        }
        return java.util.Optional.empty();
    }

    @Test
    void members_open_the_page_without_login_views_are_counted_and_a_revoked_link_is_404() throws Exception {
        long id = approved();
        PublishResult result = newsletters.publish(id);
        String path = URI.create(result.webUrl()).getPath();
        HttpResponse<String> page = get(path);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("来年度、正規保育士を5名増員する").doesNotContain("<script");
        get(path);
        assertThat(newsletters.get(id).viewCount()).isEqualTo(2);
        HttpResponse<String> pdf = get(path + "/newsletter.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(get("/n/AAAAAAAAAAAAAAAAAAAAAA").statusCode()).isEqualTo(404);

        newsletters.revoke(id);
        assertThat(get(path).statusCode()).isEqualTo(404);
        assertThat(get(path + "/newsletter.pdf").statusCode()).isEqualTo(404);
        // the secretariat still has the printed sheet
        assertThat(newsletters.pdf(id)).isNotEmpty();
    }

    private HttpResponse<String> get(String path) throws Exception {
        try (HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()) {
            return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    @Test
    void bad_input_on_every_field_is_rejected_for_that_field() {
        long id = draft();
        NewsletterView view = newsletters.get(id);
        NewsletterForm f = view.form();
        String[][] bad = {{"あ".repeat(4001), "validation.too-long"}, {"x\u0000y", "validation.control-characters"},
            {"<img src=x onerror=alert(1)>", "validation.markup"}};
        record Case(String field, java.util.function.Function<String, NewsletterForm> form) {
        }
        List<Case> cases = List.of(
                new Case("headline", v -> new NewsletterForm(f.issueDate(), v, f.lead(), f.rows(), f.agreements(),
                        f.nextSteps(), f.photoIds())),
                new Case("lead", v -> new NewsletterForm(f.issueDate(), f.headline(), v, f.rows(), f.agreements(),
                        f.nextSteps(), f.photoIds())),
                new Case("rows.0.demand", v -> new NewsletterForm(f.issueDate(), f.headline(), f.lead(),
                        List.of(new NewsletterRow(v, "回答")), f.agreements(), f.nextSteps(), f.photoIds())),
                new Case("rows.0.answer", v -> new NewsletterForm(f.issueDate(), f.headline(), f.lead(),
                        List.of(new NewsletterRow("要求", v)), f.agreements(), f.nextSteps(), f.photoIds())),
                new Case("agreements", v -> new NewsletterForm(f.issueDate(), f.headline(), f.lead(), f.rows(), v,
                        f.nextSteps(), f.photoIds())),
                new Case("nextSteps", v -> new NewsletterForm(f.issueDate(), f.headline(), f.lead(), f.rows(),
                        f.agreements(), v, f.photoIds())));
        for (Case c : cases) {
            for (String[] b : bad) {
                NewsletterForm form = c.form().apply(b[0]);
                assertThatThrownBy(() -> newsletters.update(id, view.version(), form))
                        .as(c.field() + " " + b[1]).isInstanceOf(FieldRejectedException.class)
                        .hasMessage(c.field() + ": " + b[1]);
            }
        }
        assertThatThrownBy(() -> newsletters.update(id, view.version(), withHeadline(f, " ")))
                .hasMessage("headline: validation.required");
        assertThatThrownBy(() -> newsletters.update(id, view.version(), new NewsletterForm(null, "x", "", List.of(),
                "", "", List.of()))).hasMessage("issueDate: validation.required");
    }

    static NewsletterForm withHeadline(NewsletterForm f, String headline) {
        return new NewsletterForm(f.issueDate(), headline, f.lead(), f.rows(), f.agreements(), f.nextSteps(),
                f.photoIds());
    }
}
