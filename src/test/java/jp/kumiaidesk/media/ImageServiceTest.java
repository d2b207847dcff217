package jp.kumiaidesk.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import jp.kumiaidesk.ServiceTest;
import jp.kumiaidesk.base.FieldRejectedException;

class ImageServiceTest extends ServiceTest {

    @Autowired
    ImageService images;

    @Test
    void a_phone_photo_is_stored_upright_and_without_its_metadata() {
        signIn("shokikyoku");
        byte[] upload = TestImages.phonePhoto(40, 20);
        assertThat(new String(upload, StandardCharsets.ISO_8859_1)).contains("GPS 35.6812N");
        StoredImage stored = images.load(images.store(upload, "IMG_0001.jpg"));
        assertThat(stored.contentType()).isEqualTo("image/jpeg");
        assertThat(stored.width()).isEqualTo(20);
        assertThat(stored.height()).isEqualTo(40);
        String bytes = new String(stored.bytes(), StandardCharsets.ISO_8859_1);
        assertThat(bytes).doesNotContain("GPS").doesNotContain("Exif");
    }

    @Test
    void png_and_webp_are_accepted() {
        signIn("seinenbu");
        StoredImage png = images.load(images.store(TestImages.png(30, 10), "banner.png"));
        assertThat(png.contentType()).isEqualTo("image/png");
        assertThat(png.width()).isEqualTo(30);
        StoredImage webp = images.load(images.store(TestImages.WEBP, "banner.webp"));
        assertThat(webp.width()).isEqualTo(1);
    }

    @Test
    void the_type_is_decided_by_the_bytes_not_the_name() {
        signIn("shokikyoku");
        byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> images.store(pdf, "photo.jpg")).isInstanceOf(FieldRejectedException.class)
                .hasFieldOrPropertyWithValue("messageKey", "image.error.type");
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> images.store(html, "photo.png")).hasFieldOrPropertyWithValue("messageKey",
                "image.error.type");
        // a GIF is an image, but not one we accept
        assertThatThrownBy(() -> images.store("GIF89a....".getBytes(StandardCharsets.US_ASCII), "a.jpg"))
                .hasFieldOrPropertyWithValue("messageKey", "image.error.type");
    }

    @Test
    void a_truncated_or_fake_jpeg_is_unreadable() {
        signIn("shokikyoku");
        byte[] jpeg = TestImages.jpeg(50, 50);
        assertThatThrownBy(() -> images.store(Arrays.copyOf(jpeg, 40), "x.jpg"))
                .hasFieldOrPropertyWithValue("messageKey", "image.error.unreadable");
        assertThatThrownBy(() -> images.store(new byte[0], "x.jpg"))
                .hasFieldOrPropertyWithValue("messageKey", "image.error.unreadable");
    }

    @Test
    void too_large_files_and_too_many_pixels_are_refused_before_decoding() {
        signIn("shokikyoku");
        byte[] big = new byte[(int) ImageService.MAX_BYTES + 1];
        big[0] = (byte) 0xFF;
        big[1] = (byte) 0xD8;
        big[2] = (byte) 0xFF;
        assertThatThrownBy(() -> images.store(big, "big.jpg")).hasFieldOrPropertyWithValue("messageKey",
                "image.error.too-large");
        assertThatThrownBy(() -> images.store(TestImages.hugePng(), "bomb.png"))
                .hasFieldOrPropertyWithValue("messageKey", "image.error.too-many-pixels");
    }

    @Test
    void consent_records_who_confirmed_it() {
        signIn("shokikyoku");
        long id = images.store(TestImages.jpeg(10, 10), "people.jpg");
        // a fresh upload is not "nobody pictured" until someone says so
        assertThat(images.load(id).consentSettled()).isFalse();
        images.recordConsent(id, false, null);
        assertThat(images.load(id).consentSettled()).isTrue();
        assertThatThrownBy(() -> images.recordConsent(id, true, " ")).hasFieldOrPropertyWithValue("field",
                ImageService.FIELD_CONSENT_NOTE);
        images.recordConsent(id, true, "写っている3名に口頭で確認");
        StoredImage stored = images.load(id);
        assertThat(stored.peoplePictured()).isTrue();
        assertThat(stored.consentBy()).isEqualTo("shokikyoku");
    }

    @Test
    void an_anonymous_caller_cannot_upload() {
        assertThatThrownBy(() -> images.store(TestImages.png(2, 2), "a.png"))
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
    }
}
