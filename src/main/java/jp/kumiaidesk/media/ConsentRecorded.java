package jp.kumiaidesk.media;

/** Someone recorded whether people are pictured in an image and their consent: views showing it refresh. */
public record ConsentRecorded(long imageId, String by) {
}
