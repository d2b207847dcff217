package jp.kumiaidesk.media;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import jp.kumiaidesk.audit.AuditEntry;
import jp.kumiaidesk.base.HeavyWork;
import jp.kumiaidesk.base.NotFoundException;
import jp.kumiaidesk.base.Roles;
import jp.kumiaidesk.base.SystemAuthentication;
import jp.kumiaidesk.base.TextRules;

/**
 * Images for SNS drafts and newsletters (banners, photos). Uploads are checked and re-encoded on the server (see
 * {@link ImageFiles}); each image records whether people are pictured and who confirmed their consent.
 */
@Service
public class ImageService {

    public static final String FIELD_IMAGE = ImageFiles.FIELD;
    public static final String FIELD_CONSENT_NOTE = "consentNote";
    public static final long MAX_BYTES = ImageFiles.MAX_BYTES;
    public static final long MAX_PIXELS = ImageFiles.MAX_PIXELS;
    public static final int CONSENT_NOTE_MAX_LENGTH = 500;
    public static final String ACCEPTED_TYPES = "image/jpeg,image/png,image/webp,.jpg,.jpeg,.png,.webp";

    private final PictureRepository pictures;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final HeavyWork heavyWork;
    private final TransactionTemplate transactions;
    private final ImageAccess access;

    ImageService(PictureRepository pictures, ApplicationEventPublisher events, Clock clock, HeavyWork heavyWork,
            TransactionTemplate transactions, ImageAccess access) {
        this.access = access;
        this.heavyWork = heavyWork;
        this.transactions = transactions;
        this.pictures = pictures;
        this.events = events;
        this.clock = clock;
    }

    /** Checks, cleans and stores an upload; returns its id. */
    @PreAuthorize(Roles.IS_STAFF)
    public long store(byte[] bytes, String fileName) {
        // decoded outside any transaction: waiting for a slot must not hold a database connection
        ImageFiles.Cleaned cleaned = heavyWork.call(() -> ImageFiles.clean(bytes));
        return transactions.execute(tx -> save(cleaned, fileName));
    }

    private long save(ImageFiles.Cleaned cleaned, String fileName) {
        String name = fileName == null ? null : TextRules.clean(fileName);
        if (name != null && (name.length() > 255 || TextRules.hasControlCharacters(name))) {
            name = null;
        }
        Picture picture = pictures.save(new Picture(cleaned, name, SystemAuthentication.currentActor(),
                clock.instant()));
        events.publishEvent(AuditEntry.now("image.uploaded", "image", picture.getId(),
                cleaned.width() + "x" + cleaned.height() + " " + cleaned.contentType()));
        return picture.getId();
    }

    /**
     * Records whether people are pictured and, if so, that the signed-in user confirmed everyone's consent
     * ({@code consentNote} says how, e.g. "写っている3名に口頭で確認").
     */
    @PreAuthorize(Roles.IS_STAFF)
    @Transactional
    public void recordConsent(long imageId, boolean peoplePictured, String consentNote) {
        if (!access.canRecordConsent(imageId)) {
            throw new NotFoundException("image", imageId);
        }
        Picture picture = pictures.findById(imageId).orElseThrow(() -> new NotFoundException("image", imageId));
        String note = peoplePictured
                ? TextRules.requireLine(FIELD_CONSENT_NOTE, consentNote, true, CONSENT_NOTE_MAX_LENGTH) : null;
        picture.recordConsent(peoplePictured, SystemAuthentication.currentActor(), note, clock.instant());
        events.publishEvent(AuditEntry.now("image.consent", "image", imageId,
                peoplePictured ? "people pictured: " + note : "nobody pictured"));
        events.publishEvent(new ConsentRecorded(imageId, SystemAuthentication.currentActor()));
    }

    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public StoredImage load(long imageId) {
        if (!access.canView(imageId)) {
            // as if it did not exist: an id tells nothing
            throw new NotFoundException("image", imageId);
        }
        return pictures.findById(imageId).map(Picture::toStored)
                .orElseThrow(() -> new NotFoundException("image", imageId));
    }
}
