package jp.kumiaidesk.media;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;

import jp.kumiaidesk.base.AbstractEntity;

/** The stored form of an image: in MariaDB, so that any node can serve it. */
@Entity
@Table(name = "stored_image")
class Picture extends AbstractEntity {

    @Column(name = "content_type")
    private String contentType;

    @Basic(fetch = FetchType.LAZY)
    private byte[] bytes;

    private int width;
    private int height;

    @Column(name = "original_name")
    private String originalName;

    @Column(name = "uploaded_by")
    private String uploadedBy;

    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    @Column(name = "people_pictured")
    private boolean peoplePictured;

    @Column(name = "consent_by")
    private String consentBy;

    @Column(name = "consent_note")
    private String consentNote;

    @Column(name = "consent_at")
    private Instant consentAt;

    protected Picture() {
    }

    Picture(ImageFiles.Cleaned image, String originalName, String uploadedBy, Instant uploadedAt) {
        this.contentType = image.contentType();
        this.bytes = image.bytes();
        this.width = image.width();
        this.height = image.height();
        this.originalName = originalName;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    void recordConsent(boolean peoplePictured, String consentBy, String consentNote, Instant at) {
        // who stated it and when is kept either way: "nobody pictured" is a statement someone answers for
        this.peoplePictured = peoplePictured;
        this.consentBy = consentBy;
        this.consentNote = peoplePictured ? consentNote : null;
        this.consentAt = at;
    }

    StoredImage toStored() {
        return new StoredImage(getId(), contentType, bytes, width, height, peoplePictured,
                peoplePictured ? consentBy : null, consentNote, consentAt != null);
    }
}
