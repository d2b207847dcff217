package jp.kumiaidesk.bargaining.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.annotation.security.RolesAllowed;

import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jp.kumiaidesk.bargaining.AnswerForm;
import jp.kumiaidesk.bargaining.AnswerOutcome;
import jp.kumiaidesk.bargaining.BargainingService;
import jp.kumiaidesk.bargaining.DemandView;
import jp.kumiaidesk.bargaining.PublishClock;
import jp.kumiaidesk.bargaining.SessionBroadcaster;
import jp.kumiaidesk.bargaining.SessionChanged;
import jp.kumiaidesk.bargaining.SessionDetail;
import jp.kumiaidesk.bargaining.SessionForm;
import jp.kumiaidesk.bargaining.SessionKind;
import jp.kumiaidesk.base.FieldRejectedException;
import jp.kumiaidesk.base.BoundedUpload;
import jp.kumiaidesk.base.EnumSelect;
import jp.kumiaidesk.base.FormErrors;
import jp.kumiaidesk.base.InPlace;
import jp.kumiaidesk.base.LightButton;
import jp.kumiaidesk.base.LiveRefresh;
import jp.kumiaidesk.base.NotFoundException;
import jp.kumiaidesk.base.PageTitles;
import jp.kumiaidesk.base.Pickers;
import jp.kumiaidesk.base.Role;
import jp.kumiaidesk.base.Roles;
import jp.kumiaidesk.base.SystemAuthentication;
import jp.kumiaidesk.base.TransactionRetry;
import jp.kumiaidesk.base.UiTimer;
import jp.kumiaidesk.base.UnionTime;
import jp.kumiaidesk.media.ImageService;
import jp.kumiaidesk.media.StoredImage;

/**
 * One session, typed in during the meeting: header, a row per demand with the employer's answer as it is said,
 * agreements, carried-over items, notes and photos. Every field saves when it is left, and a text while it is being
 * typed at least every {@value #TYPING_SAVE_MS} ms (autosave, "保存しました（3秒前）");
 * keyboard only: Tab through the fields, Enter adds a demand. Someone else's save in between is a conflict, never a
 * lost update. Executives read it.
 */
@Route("bargaining/sessions/:id")
@RolesAllowed({Roles.SECRETARIAT, Roles.EXECUTIVE})
final class SessionView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /* at most this much typing is only in the browser: with the save's round trip, under the 2 s of issue #15 */
    static final long TYPING_SAVE_MS = 1500;

    static final String ID = "id";

    private final BargainingService bargaining;
    private final SessionBroadcaster broadcaster;
    private final ImageService images;
    private final Clock clock;
    private final boolean writer;

    private final H2 title = new H2();
    private final Span clockLabel = new Span();
    private final Span savedLabel = new Span();
    private final DatePicker heldOn = new DatePicker();
    private final TimePicker startsAt = new TimePicker();
    private final TimePicker endsAt = new TimePicker();
    private final EnumSelect<SessionKind> kind;
    private final TextArea employerSide = new TextArea();
    private final TextArea ourAttendees = new TextArea();
    private final Div demandRows = new Div();
    private final TextField newDemand = new TextField();
    private final TextArea agreements = new TextArea();
    private final TextArea carriedOver = new TextArea();
    private final TextArea notes = new TextArea();
    private final Div photos = new Div();
    private final Span photoError = new Span();
    /** Built with the upload (null until someone adds a photo). */
    private RadioButtonGroup<Boolean> peoplePictured;
    private final FlexLayout newsletterActions = new FlexLayout();
    private final Map<Long, TextArea> answers = new LinkedHashMap<>();
    private final Map<Long, EnumSelect<AnswerOutcome>> outcomes = new LinkedHashMap<>();
    private final List<Long> photoIds = new ArrayList<>();
    private final FormErrors errors = new FormErrors();

    private long id;
    private long version;
    private long seasonId;
    private PublishClock publishClock;
    private Instant savedAt;
    /** The last save lost its database connection and is tried again shortly. */
    private boolean saveAgain;
    static final Duration SAVE_AGAIN_AFTER = Duration.ofSeconds(1);
    private boolean loading;
    private com.vaadin.flow.shared.Registration poll;
    private com.vaadin.flow.shared.Registration live;
    private final Span notice = new Span();

    SessionView(BargainingService bargaining, SessionBroadcaster broadcaster, ImageService images, Clock clock,
            AuthenticationContext authentication) {
        this.bargaining = bargaining;
        this.broadcaster = broadcaster;
        this.images = images;
        this.clock = clock;
        this.writer = authentication.hasRole(Role.SECRETARIAT.roleName());
        addClassName("kd-view");
        addClassName("kd-session");
        clockLabel.setId("session-publish-clock");
        clockLabel.addClassName("kd-clock");
        savedLabel.setId("session-saved");
        savedLabel.addClassName("kd-saved");

        heldOn.setLabel(getTranslation("session.held-on"));
        Pickers.localize(heldOn);
        heldOn.setRequiredIndicatorVisible(true);
        startsAt.setLabel(getTranslation("session.starts-at"));
        endsAt.setLabel(getTranslation("session.ends-at"));
        startsAt.setStep(Duration.ofMinutes(5));
        endsAt.setStep(Duration.ofMinutes(5));
        kind = new EnumSelect<>(SessionKind.class, k -> getTranslation(k.translationKey()));
        kind.setLabel(getTranslation("session.kind"));
        kind.setId("session-kind");
        text(employerSide, "session.employer-side", SessionForm.PEOPLE_MAX_LENGTH);
        employerSide.setPlaceholder(getTranslation("session.employer-side-hint"));
        text(ourAttendees, "session.our-attendees", SessionForm.PEOPLE_MAX_LENGTH);
        text(agreements, "session.agreements", SessionForm.AGREEMENTS_MAX_LENGTH);
        text(carriedOver, "session.carried-over", SessionForm.AGREEMENTS_MAX_LENGTH);
        text(notes, "session.notes", SessionForm.NOTES_MAX_LENGTH);
        newDemand.setLabel(getTranslation("session.new-demand"));
        newDemand.setPlaceholder(getTranslation("session.new-demand-hint"));
        newDemand.setMaxLength(DemandView.TITLE_MAX_LENGTH);
        newDemand.setId("session-new-demand");
        newDemand.addKeyPressListener(Key.ENTER, e -> addDemand());
        LightButton addDemand = new LightButton(getTranslation("session.add-demand"), e -> addDemand());
        addDemand.setId("session-add-demand");
        demandRows.setId("session-demands");

        errors.field(BargainingService.FIELD_HELD_ON, heldOn).field(BargainingService.FIELD_ENDS_AT, endsAt)
                .field(BargainingService.FIELD_KIND, kind)
                .field(BargainingService.FIELD_EMPLOYER_SIDE, employerSide)
                .field(BargainingService.FIELD_OUR_ATTENDEES, ourAttendees)
                .field(BargainingService.FIELD_AGREEMENTS, agreements)
                .field(BargainingService.FIELD_CARRIED_OVER, carriedOver)
                .field(BargainingService.FIELD_NOTES, notes)
                .field(BargainingService.FIELD_DEMAND_TITLE, newDemand);

        heldOn.addValueChangeListener(e -> autosave());
        startsAt.addValueChangeListener(e -> autosave());
        endsAt.addValueChangeListener(e -> autosave());
        kind.addValueChangeListener(e -> autosave());
        for (TextArea area : List.of(employerSide, ourAttendees, agreements, carriedOver, notes)) {
            area.addValueChangeListener(e -> autosave());
        }

        notice.setId("session-changed-by-other");
        notice.addClassName("kd-saved");
        notice.setVisible(false);
        FlexLayout header = new FlexLayout(title, clockLabel, savedLabel, notice);
        header.addClassName("kd-session-header");
        header.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        header.setAlignItems(FlexLayout.Alignment.BASELINE);
        FormLayout when = new FormLayout(heldOn, startsAt, endsAt, kind);
        when.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2), new FormLayout.ResponsiveStep("40rem", 4));
        FormLayout people = new FormLayout(employerSide, ourAttendees);
        people.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 2));
        FlexLayout addRow = new FlexLayout(newDemand, addDemand);
        addRow.setAlignItems(FlexLayout.Alignment.BASELINE);
        addRow.addClassName("kd-filters");
        FormLayout outcome = new FormLayout(agreements, carriedOver, notes);
        outcome.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 2));
        add(header, newsletterActions, when, people, new H3(getTranslation("session.demands")), demandRows);
        if (writer) {
            add(addRow);
        }
        add(outcome, new H3(getTranslation("session.photos")), photos);
        if (writer) {
            // the upload (Upload, the consent question, ~14 KB per open tab) only when someone adds a photo
            LightButton addPhoto = new LightButton(getTranslation("session.add-photo"));
            addPhoto.setId("session-open-photo-upload");
            addPhoto.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            addPhoto.addClickListener(e -> InPlace.replace(addPhoto, photoUpload()));
            add(addPhoto);
        }
    }

    private Div photoUpload() {
        peoplePictured = new RadioButtonGroup<>();
        peoplePictured.setLabel(getTranslation("session.photo-people"));
        peoplePictured.setItems(Boolean.FALSE, Boolean.TRUE);
        peoplePictured.setItemLabelGenerator(b -> getTranslation(b ? "session.photo-people-consented"
                : "session.photo-no-people"));
        peoplePictured.setId("session-photo-people");
        Upload upload = new Upload(BoundedUpload.inMemory(ImageService.MAX_BYTES,
                (metadata, bytes) -> acceptPhoto(bytes, metadata.fileName()),
                refused -> showPhotoError(getTranslation("image.error.too-large"))));
        Pickers.localize(upload);
        upload.setId("session-photo-upload");
        upload.setMaxFileSize((int) ImageService.MAX_BYTES);
        upload.setAcceptedFileTypes(ImageService.ACCEPTED_TYPES.split(","));
        upload.addFileRejectedListener(e -> showPhotoError(getTranslation("image.error.type")));
        photoError.setId("session-photo-error");
        photoError.addClassName("kd-error");
        return new Div(peoplePictured, upload, photoError);
    }

    /** An uploaded photo: checked and re-encoded by the media module, then added to the session (and saved). */
    void acceptPhoto(byte[] bytes, String fileName) {
        photoError.setText("");
        if (peoplePictured == null || peoplePictured.getValue() == null) {
            showPhotoError(getTranslation("session.photo-people-required"));
            return;
        }
        try {
            long imageId = images.store(bytes, fileName);
            images.recordConsent(imageId, peoplePictured.getValue(),
                    peoplePictured.getValue() ? getTranslation("session.photo-consent-note") : null);
            photoIds.add(imageId);
            showPhotos();
            autosave();
        } catch (FieldRejectedException rejected) {
            showPhotoError(getTranslation(rejected.messageKey()));
        }
    }

    private void showPhotoError(String message) {
        photoError.setText(message);
        FormErrors.error(message);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            id = Long.parseLong(event.getRouteParameters().get(ID).orElse(""));
            show(bargaining.session(id));
            listen(UI.getCurrent());
        } catch (NumberFormatException | NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        }
    }

    private void show(SessionDetail detail) {
        loading = true;
        try {
            version = detail.version();
            seasonId = detail.form().seasonId();
            publishClock = detail.clock();
            SessionForm form = detail.form();
            title.setText(detail.seasonName() + "　" + getTranslation(form.kind().translationKey()));
            heldOn.setValue(form.heldOn());
            startsAt.setValue(form.startsAt());
            endsAt.setValue(form.endsAt());
            kind.setValue(form.kind());
            employerSide.setValue(nz(form.employerSide()));
            ourAttendees.setValue(nz(form.ourAttendees()));
            agreements.setValue(nz(form.agreements()));
            carriedOver.setValue(nz(form.carriedOver()));
            notes.setValue(nz(form.notes()));
            showDemands(detail.demands(), form.answers());
            photoIds.clear();
            photoIds.addAll(form.photoIds());
            showPhotos();
            showNewsletter(detail.newsletterId());
            savedAt = detail.updatedAt();
            List<com.vaadin.flow.component.HasValue<?, ?>> fields = List.of(heldOn, startsAt, endsAt, kind,
                    employerSide, ourAttendees, agreements, carriedOver, notes);
            fields.forEach(f -> f.setReadOnly(!writer));
            tick();
        } finally {
            loading = false;
        }
    }

    private void showDemands(List<DemandView> demands, List<AnswerForm> given) {
        if (!answers.isEmpty() && answers.keySet().stream().toList().equals(demands.stream().map(DemandView::id)
                .toList())) {
            // same rows: update the values in place, so a field someone is typing in is not replaced
            Map<Long, AnswerForm> byDemand = new LinkedHashMap<>();
            given.forEach(a -> byDemand.put(a.demandId(), a));
            answers.forEach((demandId, text) -> {
                AnswerForm a = byDemand.get(demandId);
                text.setValue(a == null || a.answer() == null ? "" : a.answer());
                outcomes.get(demandId).setValue(a == null ? AnswerOutcome.ANSWERED : a.outcome());
            });
            return;
        }
        demandRows.removeAll();
        answers.clear();
        outcomes.clear();
        Map<Long, AnswerForm> byDemand = new LinkedHashMap<>();
        given.forEach(a -> byDemand.put(a.demandId(), a));
        if (demands.isEmpty()) {
            demandRows.add(new Span(getTranslation("session.no-demands")));
        }
        for (DemandView demand : demands) {
            AnswerForm answer = byDemand.get(demand.id());
            TextArea text = new TextArea();
            text.setLabel(demand.title());
            text.setId("answer-" + demand.id());
            text.setPlaceholder(getTranslation("session.answer-hint"));
            text.setMaxLength(AnswerForm.ANSWER_MAX_LENGTH);
            typedSaves(text);
            text.setWidthFull();
            text.setValue(answer == null || answer.answer() == null ? "" : answer.answer());
            text.setReadOnly(!writer);
            text.addValueChangeListener(e -> autosave());
            // one element per demand, its three choices in the browser (a Select kept ~5 KB of items per demand)
            EnumSelect<AnswerOutcome> result = new EnumSelect<>(AnswerOutcome.class,
                    o -> getTranslation(o.translationKey()));
            result.setLabel(getTranslation("session.outcome"));
            result.setValue(answer == null ? AnswerOutcome.ANSWERED : answer.outcome());
            result.setId("outcome-" + demand.id());
            result.setReadOnly(!writer);
            result.addValueChangeListener(e -> autosave());
            RouterLink history = new RouterLink(getTranslation("session.demand-history"), DemandHistoryView.class,
                    new RouteParameters(DemandHistoryView.ID, String.valueOf(demand.id())));
            Div row = new Div(text, result, history);
            row.addClassName("kd-demand-row");
            demandRows.add(row);
            answers.put(demand.id(), text);
            outcomes.put(demand.id(), result);
            errors.field(BargainingService.answerField(demand.id()), text);
        }
    }

    private void showPhotos() {
        photos.removeAll();
        photos.addClassName("kd-photos");
        for (Long imageId : List.copyOf(photoIds)) {
            Image image = new Image(DownloadHandler.fromInputStream(e -> {
                StoredImage stored = images.load(imageId);
                return new DownloadResponse(new java.io.ByteArrayInputStream(stored.bytes()),
                        "photo-" + imageId + "." + stored.fileExtension(), stored.contentType(),
                        stored.bytes().length);
            }), getTranslation("session.photo"));
            image.addClassName("kd-thumb");
            Div box = new Div(image);
            if (writer) {
                LightButton remove = new LightButton(getTranslation("action.delete"), e -> {
                    photoIds.remove(imageId);
                    showPhotos();
                    autosave();
                });
                remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                box.add(remove);
            }
            photos.add(box);
        }
    }

    private void showNewsletter(Long newsletterId) {
        newsletterActions.removeAll();
        newsletterActions.addClassName("kd-filters");
        newsletterActions.setAlignItems(FlexLayout.Alignment.BASELINE);
        newsletterActions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        if (newsletterId != null) {
            Anchor open = new Anchor("newsletters/" + newsletterId, getTranslation("session.open-newsletter"));
            open.setId("session-newsletter-link");
            newsletterActions.add(open);
        } else if (writer) {
            LightButton write = new LightButton(getTranslation("session.write-newsletter"),
                    e -> UI.getCurrent().navigate("newsletters/new/" + id));
            write.setId("session-write-newsletter");
            write.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            newsletterActions.add(write);
        }
        newsletterActions.add(new RouterLink(getTranslation("bargaining.back"), BargainingView.class));
    }

    private void addDemand() {
        if (!writer) {
            return;
        }
        errors.submit(() -> {
            bargaining.addDemand(seasonId, newDemand.getValue());
            newDemand.clear();
            SessionForm typed = form();
            List<DemandView> demands = bargaining.demands(seasonId);
            showDemands(demands, typed.answers());
            // the new demand gets the cursor: the secretary types the answer next
            answers.get(demands.getLast().id()).focus();
        }, null);
    }

    private SessionForm form() {
        List<AnswerForm> given = new ArrayList<>();
        answers.forEach((demandId, text) -> {
            AnswerOutcome outcome = outcomes.get(demandId).getValue();
            if (!text.getValue().isBlank() || outcome != AnswerOutcome.ANSWERED) {
                given.add(new AnswerForm(demandId, text.getValue(), outcome));
            }
        });
        return new SessionForm(seasonId, heldOn.getValue(), startsAt.getValue(), endsAt.getValue(), kind.getValue(),
                employerSide.getValue(), ourAttendees.getValue(), given, agreements.getValue(),
                carriedOver.getValue(), notes.getValue(), List.copyOf(photoIds));
    }

    /** Saves the whole form now; a stale version opens the conflict dialog and keeps what was typed. */
    void autosave() {
        if (loading || !writer || id == 0) {
            return;
        }
        SessionForm typed = form();
        long expected = version;
        boolean saved;
        try {
            saved = errors.submit(() -> version = bargaining.updateSession(id, expected, typed),
                    () -> show(bargaining.session(id)));
        } catch (org.springframework.dao.DataAccessException lost) {
            if (wentThrough(expected, typed)) {
                saved = true;
            } else if (TransactionRetry.connectionLost(lost)) {
                // the database node went away under this save (issue #15): nothing was written, the text stays here
                // and is saved again in a moment, without an incident on screen
                LoggerFactory.getLogger(SessionView.class).warn("Save of session {} lost its database connection; "
                        + "trying again", id);
                saveAgain = true;
                tick();
                saveAgainLater();
                return;
            } else {
                throw lost; // the incident notification; the text stays and the next save tries again
            }
        }
        if (saved) {
            saveAgain = false;
            savedAt = clock.instant();
            tick();
        }
    }

    /** The save that lost its connection, once more a second later (and again, while it keeps losing it). */
    private void saveAgainLater() {
        UI ui = UI.getCurrent();
        if (ui != null) {
            UiTimer.later(ui, SAVE_AGAIN_AFTER, "session-save-again-" + id, () -> {
                if (saveAgain) {
                    autosave();
                }
            });
        }
    }

    /**
     * A save whose answer was lost (the database node died during COMMIT, issue #15's chaos run): whether it was
     * committed all the same — a newer version, by this user, holding exactly the texts sent. If so its version is
     * taken, else every later save would meet "our own" save as someone else's (the conflict dialog).
     */
    private boolean wentThrough(long expected, SessionForm sent) {
        try {
            SessionDetail stored = TransactionRetry.read(() -> bargaining.session(id));
            if (stored.version() > expected && Objects.equals(stored.updatedBy(), SystemAuthentication.currentActor())
                    && texts(stored.form()).equals(texts(sent))) {
                version = stored.version();
                LoggerFactory.getLogger(SessionView.class).warn("Save of session {} failed at commit but was "
                        + "committed (version {})", id, version);
                broadcaster.committedWithoutAnswer(new SessionChanged(id, stored.updatedBy(), version));
                return true;
            }
        } catch (RuntimeException stillDown) {
            // not known: the save counts as failed
        }
        return false;
    }

    private static List<String> texts(SessionForm form) {
        List<String> texts = new ArrayList<>();
        for (String s : Arrays.asList(form.employerSide(), form.ourAttendees(), form.agreements(),
                form.carriedOver(), form.notes())) {
            texts.add(nz(s).strip());
        }
        form.answers().stream().filter(a -> !nz(a.answer()).isBlank())
                .sorted(java.util.Comparator.comparingLong(AnswerForm::demandId))
                .forEach(a -> texts.add(a.demandId() + ":" + a.answer().strip()));
        return texts;
    }

    private void tick() {
        boolean ja = "ja".equals(getLocale().getLanguage());
        Instant now = clock.instant();
        if (publishClock != null) {
            String elapsed = PublishClock.format(publishClock.elapsed(now), ja);
            clockLabel.setText(getTranslation(publishClock.published()
                    ? (publishClock.sameDay() ? "session.clock.same-day" : "session.clock.published")
                    : now.isBefore(publishClock.ended()) ? "session.clock.not-ended" : "session.clock.running",
                    elapsed));
            clockLabel.getElement().setAttribute("data-state", publishClock.published() ? "published" : "running");
        }
        if (saveAgain && writer) {
            savedLabel.setText(getTranslation("session.save-again"));
        } else if (savedAt != null && writer) {
            long seconds = Math.max(0, Duration.between(savedAt, now).toSeconds());
            savedLabel.setText(seconds < 60 ? getTranslation("session.saved-seconds", seconds)
                    : getTranslation("session.saved-at", UnionTime.dateTime(savedAt, getLocale())));
        }
    }

    /** Live: when someone else saves this session, their text comes in (ours was saved when each field was left). */
    private void listen(UI ui) {
        if (live != null) {
            live.remove();
        }
        long shown = id;
        live = broadcaster.register(shown, changed -> ui.access(
                () -> LiveRefresh.run(ui, "session-live-" + shown, () -> savedElsewhere(changed, shown))));
    }

    private void savedElsewhere(SessionChanged changed, long shown) {
        // our own saves are already shown (the version this form holds); another tab of the same user is not
        if (changed.version() <= version || shown != id) {
            return;
        }
        show(bargaining.session(id));
        notice.setText(getTranslation("session.changed-by-other", changed.by()));
        notice.setVisible(true);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        // the "saved 3 s ago" label and the clock move while the page is open
        event.getUI().setPollInterval(5000);
        poll = event.getUI().addPollListener(e -> tick());
        if (live == null && id != 0) {
            listen(event.getUI());
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        if (poll != null) {
            poll.remove();
        }
        if (live != null) {
            live.remove();
            live = null;
        }
    }

    private void text(TextArea area, String key, int max) {
        area.setLabel(getTranslation(key));
        area.setMaxLength(max);
        typedSaves(area);
    }

    /**
     * The text reaches the server (and is saved) every {@value #TYPING_SAVE_MS} ms while it is typed: an answer
     * typed during the meeting without leaving the field is not lost with a dead server (issue #15, the chaos run).
     */
    static void typedSaves(TextArea area) {
        area.setValueChangeMode(ValueChangeMode.TIMEOUT);
        area.setValueChangeTimeout((int) TYPING_SAVE_MS);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "session.title");
    }
}
