package jp.kumiaidesk.newsletter;

import java.util.Optional;

import org.springframework.stereotype.Component;

/** The newsletter's photos from the media module (interim: none until it lands). */
@Component
class NewsletterPhotos {

    record Photo(String contentType, byte[] bytes) {
    }

    Optional<Photo> load(long imageId) {
        return Optional.empty();
    }
}
