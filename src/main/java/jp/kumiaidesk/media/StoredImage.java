package jp.kumiaidesk.media;

/**
 * An uploaded image after the server re-encoded it (no EXIF, no GPS).
 *
 * @param peoplePictured whether people can be recognised in it (false also while nobody has said)
 * @param consentBy who confirmed that everyone pictured agreed (user name), or null
 * @param consentNote how and from whom consent was obtained
 */
public record StoredImage(long id, String contentType, byte[] bytes, int width, int height, boolean peoplePictured,
        String consentBy, String consentNote, boolean consentDecided) {

    /**
     * Published only when someone stated that nobody is pictured, or confirmed everyone's consent. A fresh upload is
     * not settled: "nobody said" is not "nobody is pictured".
     */
    public boolean consentSettled() {
        return consentDecided && (!peoplePictured || consentBy != null);
    }

    public String fileExtension() {
        return "image/png".equals(contentType) ? "png" : "jpg";
    }
}
