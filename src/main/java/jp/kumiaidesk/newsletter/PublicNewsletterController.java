package jp.kumiaidesk.newsletter;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The members' newsletter, without login: {@code /n/<token>} (web page, counted), {@code /n/<token>/newsletter.pdf}
 * and its photos. Unknown or revoked tokens are 404, indistinguishable from each other. Security permits
 * {@code /n/**}; the 128-bit token is the only key.
 */
@RestController
class PublicNewsletterController {

    private final NewsletterService newsletters;

    PublicNewsletterController(NewsletterService newsletters) {
        this.newsletters = newsletters;
    }

    @GetMapping(value = "/n/{token}", produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
    ResponseEntity<String> page(@PathVariable String token) {
        return newsletters.openPublic(token)
                .map(html -> ResponseEntity.ok().cacheControl(CacheControl.noStore())
                        .header("X-Robots-Tag", "noindex").header("Referrer-Policy", "no-referrer").body(html))
                .orElseGet(() -> notFound());
    }

    @GetMapping("/n/{token}/newsletter.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String token) {
        return newsletters.publicPdf(token)
                .map(bytes -> ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                        .cacheControl(CacheControl.noStore()).header("X-Robots-Tag", "noindex")
                        .header("Content-Disposition", "inline; filename=\"newsletter.pdf\"").body(bytes))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).build());
    }

    @GetMapping("/n/{token}/photos/{index}")
    ResponseEntity<byte[]> photo(@PathVariable String token, @PathVariable int index) {
        return newsletters.publicPhoto(token, index)
                .map(p -> ResponseEntity.ok().contentType(MediaType.parseMediaType(p.contentType()))
                        .cacheControl(CacheControl.noStore()).body(p.bytes()))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).build());
    }

    private static ResponseEntity<String> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_HTML)
                .body("<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"UTF-8\"/><title>404</title></head>"
                        + "<body><p>この速報は見つかりません（公開が終了したか、アドレスが違います）。</p></body></html>");
    }
}
