package jp.kumiaidesk.media;

/**
 * An uploaded image after the server re-encoded it (no EXIF, no GPS).
 *
 * @param peoplePictured whether people can be recognised in it
 * @param consentBy who confirmed that everyone pictured agreed (user name), or null
 * @param consentNote how and from whom consent was obtained
 */
public record StoredImage(long id, String contentType, byte[] bytes, int width, int height, boolean peoplePictured,
        String consentBy, String consentNote) {

    /** Published only when nobody is pictured or someone confirmed everyone's consent. */
    public boolean consentSettled() {
        return !peoplePictured || consentBy != null;
    }

    public String fileExtension() {
        return "image/png".equals(contentType) ? "png" : "jpg";
    }
}
