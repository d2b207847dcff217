package jp.kumiaidesk.sns.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jp.kumiaidesk.base.FieldRejectedException;
import jp.kumiaidesk.base.BoundedUpload;
import jp.kumiaidesk.base.FormErrors;
import jp.kumiaidesk.base.InPlace;
import jp.kumiaidesk.base.LightButton;
import jp.kumiaidesk.base.Pickers;
import jp.kumiaidesk.media.ImageService;
import jp.kumiaidesk.media.StoredImage;
import jp.kumiaidesk.sns.DraftForm;
import jp.kumiaidesk.sns.SnsViews;

/**
 * The draft's images: upload (checked and cleaned on the server), thumbnails, and for each whether people are
 * pictured and who confirmed their consent.
 */
class DraftImages extends Div {

    private final ImageService images;
    private final String me;
    private final String myName;
    private final Runnable changed;
    /* built when someone adds an image (issue #16: an Upload is ~9 KB of every open editor) */
    private Upload upload;
    private final LightButton addImages;
    private final TextField errorHolder = new TextField();
    private final Div cards = new Div();
    private final List<Long> ids = new ArrayList<>();
    /* what was ticked or typed about an image but not recorded yet: kept when the cards are drawn again (autosave) */
    private final java.util.Map<Long, Boolean> pendingPeople = new java.util.HashMap<>();
    private final java.util.Map<Long, String> pendingNote = new java.util.HashMap<>();
    private boolean editable = true;
    /* what the cards were drawn from: an autosave that changed nothing about the images leaves them alone, so a box
       being ticked or a note being typed at that moment is not replaced under the user's finger */
    private Object drawnFrom;

    DraftImages(ImageService images, Runnable changed, String me, String myName) {
        this.images = images;
        this.me = me;
        this.myName = myName;
        this.changed = changed;
        addClassName("kd-draft-images");
        addImages = new LightButton(getTranslation("sns.add-images"), e -> openUpload());
        addImages.setId("sns-open-image-upload");
        addImages.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        // the error of a refused upload is shown like a field's, next to the images
        errorHolder.setReadOnly(true);
        errorHolder.setVisible(false);
        errorHolder.setId("sns-images-error");
        errorHolder.setWidthFull();
        cards.addClassName("kd-image-cards");
        add(new Span(getTranslation("sns.images")), addImages, errorHolder, cards);
    }

    /** The upload in the place of the button that asked for it. */
    private void openUpload() {
        if (upload != null) {
            return;
        }
        upload = new Upload(BoundedUpload.inMemory(ImageService.MAX_BYTES,
                (metadata, bytes) -> received(bytes, metadata.fileName()),
                refused -> FormErrors.error(getTranslation("image.error.too-large"))));
        upload.setId("sns-images");
        Pickers.localize(upload);
        UploadI18N i18n = upload.getI18n();
        i18n.getError().setIncorrectFileType(getTranslation("image.error.type"))
                .setFileIsTooBig(getTranslation("image.error.too-large"));
        upload.setI18n(i18n);
        upload.setAcceptedFileTypes(ImageService.ACCEPTED_TYPES.split(","));
        upload.setMaxFileSize((int) ImageService.MAX_BYTES);
        upload.setMaxFiles(DraftForm.MAX_IMAGES);
        upload.setVisible(editable);
        InPlace.replace(addImages, upload);
    }

    /** Also the entry point for tests: what the upload hands over. */
    void received(byte[] bytes, String fileName) {
        try {
            if (ids.size() >= DraftForm.MAX_IMAGES) {
                throw new FieldRejectedException("images", "sns.error.too-many-images");
            }
            long id = images.store(bytes, fileName);
            ids.add(id);
            errorHolder.setVisible(false);
            show(null);
            changed.run();
        } catch (FieldRejectedException e) {
            errorHolder.setVisible(true);
            errorHolder.setValue(fileName == null ? "" : fileName);
            errorHolder.setErrorMessage(getTranslation(e.messageKey()));
            errorHolder.setInvalid(true);
        }
    }

    com.vaadin.flow.component.HasValidation field() {
        return errorHolder;
    }

    void setIds(List<Long> stored) {
        ids.clear();
        ids.addAll(stored);
    }

    List<Long> ids() {
        return List.copyOf(ids);
    }

    void setEditable(boolean editable) {
        this.editable = editable;
        addImages.setVisible(editable);
        if (upload != null) {
            upload.setVisible(editable);
        }
    }

    /** Who confirmed consent, by display name: from the stored draft, or me when I just recorded it. */
    private String consentByName(List<SnsViews.Image> known, long id, String consentBy) {
        if (consentBy.equals(me)) {
            return myName;
        }
        return known == null ? consentBy : known.stream().filter(k -> k.id() == id && k.consentByName() != null)
                .map(SnsViews.Image::consentByName).findFirst().orElse(consentBy);
    }

    /** Shows the images with their consent state; {@code known} is what the stored draft says, or null. */
    void show(List<SnsViews.Image> known) {
        Object from = known == null ? null : drawnFrom(ids.stream().map(id -> known.stream()
                .filter(k -> k.id() == id).findFirst().map(k -> new Drawn(id, k.peoplePictured(), k.consentSettled(),
                        k.consentNote())).orElse(null)).toList());
        if (from != null && from.equals(drawnFrom)) {
            return;
        }
        List<Drawn> drawn = new ArrayList<>();
        cards.removeAll();
        for (Long id : ids) {
            StoredImage image = images.load(id);
            Image thumbnail = new Image(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                    new java.io.ByteArrayInputStream(image.bytes()), "image-" + id + "." + image.fileExtension(),
                    image.contentType(), image.bytes().length)), getTranslation("sns.image-alt", id));
            thumbnail.addClassName("kd-thumb");
            drawn.add(new Drawn(id, image.peoplePictured(), image.consentSettled(), image.consentNote()));
            Div card = new Div(thumbnail);
            card.addClassName("kd-image-card");
            boolean pictured = pendingPeople.getOrDefault(id, image.peoplePictured());
            Checkbox people = new Checkbox(getTranslation("sns.people-pictured"), pictured);
            TextField note = new TextField(getTranslation("sns.consent-note"));
            note.setMaxLength(ImageService.CONSENT_NOTE_MAX_LENGTH);
            note.setValue(pendingNote.getOrDefault(id, image.consentNote() == null ? "" : image.consentNote()));
            note.setPlaceholder(getTranslation("sns.consent-placeholder"));
            note.setVisible(pictured);
            note.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    pendingNote.put(id, e.getValue());
                }
            });
            Span consent = new Span(!image.consentSettled() && !image.peoplePictured()
                    ? getTranslation("sns.consent-undecided")
                    : !image.peoplePictured() ? getTranslation("sns.nobody-pictured")
                    : image.consentBy() == null ? getTranslation("sns.consent-missing")
                            : getTranslation("sns.consent-by", consentByName(known, id, image.consentBy()),
                                    image.consentNote()));
            consent.addClassName(image.consentSettled() ? "kd-ok" : "kd-warning");
            FormErrors consentErrors = new FormErrors().field(ImageService.FIELD_CONSENT_NOTE, note);
            LightButton record = new LightButton(getTranslation("sns.record-consent"), e -> {
                if (consentErrors.submit(() -> images.recordConsent(id, people.getValue(), note.getValue()), null)) {
                    pendingPeople.remove(id);
                    pendingNote.remove(id);
                    drawnFrom = null;
                    show(known);
                }
            });
            record.addThemeVariants(ButtonVariant.LUMO_SMALL);
            people.addValueChangeListener(e -> {
                note.setVisible(e.getValue());
                if (e.isFromClient()) {
                    pendingPeople.put(id, e.getValue());
                }
            });
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                ids.remove(id);
                show(known);
                changed.run();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            remove.setAriaLabel(getTranslation("sns.remove-image"));
            people.setReadOnly(!editable);
            note.setReadOnly(!editable);
            record.setVisible(editable);
            remove.setVisible(editable);
            card.add(people, note, consent, new Div(record, remove));
            cards.add(card);
        }
        drawnFrom = drawnFrom(drawn);
    }

    /** One image as its card shows it: what a redraw would change. */
    private record Drawn(long id, boolean pictured, boolean settled, String note) {
    }

    private Object drawnFrom(List<Drawn> drawn) {
        return drawn.contains(null) ? null : List.of(drawn, editable);
    }
}
