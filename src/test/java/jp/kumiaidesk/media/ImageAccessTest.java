package jp.kumiaidesk.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import jp.kumiaidesk.ServiceTest;
import jp.kumiaidesk.base.NotFoundException;

/** Issue #13: an image id alone opens nothing; access and consent go with the holder (or the uploader). */
class ImageAccessTest extends ServiceTest {

    @Autowired
    ImageService images;

    @Autowired
    jp.kumiaidesk.newsletter.NewsletterService newsletters;

    @Test
    void an_image_no_holder_shares_is_seen_and_consented_only_by_its_uploader() {
        signIn("shokikyoku");
        long id = images.store(TestImages.jpeg(10, 10), "private.jpg");
        assertThat(images.load(id).width()).isEqualTo(10);

        for (String stranger : new String[] {"seinenbu", "iinchou", "admin"}) {
            signIn(stranger);
            assertThatThrownBy(() -> images.load(id)).as(stranger).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> images.recordConsent(id, false, null)).as(stranger)
                    .isInstanceOf(NotFoundException.class);
        }
        signIn("shokikyoku");
        images.recordConsent(id, false, null);
        assertThat(images.load(id).consentSettled()).isTrue();
    }

    @Test
    void a_newsletter_photo_is_seen_by_those_who_read_newsletters_but_not_by_others() {
        signIn("shokikyoku");
        long id = images.store(TestImages.jpeg(10, 10), "rally.jpg");
        long newsletter = newsletters.createBlank(ServiceTest.class.getSimpleName() + unique("写真"));
        int order = 1;
        jdbc.update("insert into newsletter_photo (newsletter_id, sort_order, image_id) values (?, ?, ?)",
                newsletter, order, id);
        try {
            signIn("iinchou");
            assertThat(images.load(id).width()).isEqualTo(10);
            assertThatThrownBy(() -> images.recordConsent(id, false, null)).as("executives read, do not edit")
                    .isInstanceOf(NotFoundException.class);
            signIn("seinenbu");
            assertThatThrownBy(() -> images.load(id)).isInstanceOf(NotFoundException.class);
        } finally {
            jdbc.update("delete from newsletter_photo where newsletter_id = ? and sort_order = ?", newsletter, order);
        }
    }
}
