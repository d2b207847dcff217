package jp.kumiaidesk.newsletter;

import java.util.Optional;

import org.springframework.stereotype.Component;

import jp.kumiaidesk.base.NotFoundException;
import jp.kumiaidesk.media.ImageService;
import jp.kumiaidesk.media.StoredImage;

/** The newsletter's photos, stored (re-encoded, without metadata) by the media module. */
@Component
class NewsletterPhotos {

    record Photo(String contentType, byte[] bytes, boolean consentSettled) {
    }

    private final ImageService images;

    NewsletterPhotos(ImageService images) {
        this.images = images;
    }

    Optional<Photo> load(long imageId) {
        try {
            StoredImage image = images.load(imageId);
            return Optional.of(new Photo(image.contentType(), image.bytes(), image.consentSettled()));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }
}
