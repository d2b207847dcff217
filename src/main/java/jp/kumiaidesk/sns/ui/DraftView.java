package jp.kumiaidesk.sns.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.shared.Registration;

import jakarta.annotation.security.RolesAllowed;

import jp.kumiaidesk.base.EnumCheckboxes;
import jp.kumiaidesk.base.FormErrors;
import jp.kumiaidesk.base.LightButton;
import jp.kumiaidesk.base.LiveRefresh;
import jp.kumiaidesk.base.NotFoundException;
import jp.kumiaidesk.base.PageTitles;
import jp.kumiaidesk.base.TransactionRetry;
import jp.kumiaidesk.base.UiTimer;
import jp.kumiaidesk.base.Roles;
import jp.kumiaidesk.base.UnionTime;
import jp.kumiaidesk.media.ImageService;
import jp.kumiaidesk.security.CurrentUser;
import jp.kumiaidesk.security.UserService;
import jp.kumiaidesk.sns.DraftForm;
import jp.kumiaidesk.sns.DraftState;
import jp.kumiaidesk.sns.DraftVersions;
import jp.kumiaidesk.sns.Network;
import jp.kumiaidesk.sns.SnsDraftBroadcaster;
import jp.kumiaidesk.sns.SnsDraftChanged;
import jp.kumiaidesk.sns.SnsDraftService;
import jp.kumiaidesk.sns.SnsResultsService;
import jp.kumiaidesk.sns.SnsAccounts;
import jp.kumiaidesk.sns.SnsViews.Campaign;
import jp.kumiaidesk.sns.SnsViews.DraftDetail;
import jp.kumiaidesk.sns.SnsViews.Saved;

/**
 * The SNS composer and, for executives, the review of one draft: the text on the left, one preview card per network
 * with its counter on the right, images with their consent state below; the checklist, approvals, comments and
 * version diff follow. Typing autosaves at most once every {@value #AUTOSAVE_DELAY_MS} ms, at once after a pause,
 * also while the typing goes on (a dead server or a lost tab costs at most that much typing); everybody looking at
 * the same draft sees comments, decisions and edits live.
 */
@Route("sns/drafts/:id")
@RouteAlias("sns/new")
@RolesAllowed({Roles.RECRUITER, Roles.SECRETARIAT, Roles.EXECUTIVE})
final class DraftView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /* with the body sent every 250 ms while typing and the save's own time: well under 2 s of typing unsaved when
       the server dies (issue #15; 1.5 s lost up to 3.8 s in the chaos run on a busy machine, 1 s up to 2.01 s) */
    static final long AUTOSAVE_DELAY_MS = 500;

    private final SnsDraftService drafts;
    private final SnsDraftBroadcaster broadcaster;
    private final String me;
    private final String myName;

    private final Span state = new Span();
    private final Span meta = new Span();
    private final Span saveStatus = new Span();
    private final Div notice = new Div();
    private final TextField title = new TextField();
    private final TextArea body = new TextArea();
    private final TextField hashtags = new TextField();
    private final EnumCheckboxes<Network> networks;
    private final Div campaignWarning = new Div();
    private final Span submitWhy = new Span();
    private final Span readOnlyWhy = new Span();
    private final Div correctionSlot = new Div();
    private CorrectionPanel correction;
    private final DraftSchedule schedule;
    private final PostPreview preview = new PostPreview();
    private final DraftImages images;
    private final SnsResultsService results;
    /* built when the draft first needs them: most open editors are drafts being written (see the benchmark) */
    private ReviewPanel review;
    private final DraftActivity activity;
    private AfterPosting afterPosting;
    private final Div afterPostingSlot = new Div();
    private final LightButton save = new LightButton();
    private final LightButton submit = new LightButton();
    private final FormErrors errors = new FormErrors();
    private final Div side = new Div();
    private final Div reviewSlot = new Div();

    private Long id;
    private long version;
    private DraftDetail detail;
    private boolean dirty;
    private boolean loading;
    private ScheduledFuture<?> pendingAutosave;
    /** {@link System#nanoTime()} when the last save began (long ago at first). */
    private long lastSaveStarted = System.nanoTime() - TimeUnit.HOURS.toNanos(1);
    private Registration liveRegistration;
    private final UserService users;

    DraftView(SnsDraftService drafts, SnsResultsService results, ImageService imageService,
            SnsDraftBroadcaster broadcaster, CurrentUser currentUser, UserService users, DraftVersions versions,
            SnsAccounts accounts) {
        this.drafts = drafts;
        this.users = users;
        this.broadcaster = broadcaster;
        this.me = currentUser.username();
        this.myName = currentUser.displayName();
        addClassNames("kd-view", "kd-draft");
        images = new DraftImages(imageService, this::changed, currentUser.username(), currentUser.displayName());
        this.results = results;
        activity = new DraftActivity(drafts, versions);

        state.setId("sns-state");
        state.getElement().getThemeList().add("badge");
        meta.addClassName("kd-muted");
        saveStatus.setId("sns-save-status");
        saveStatus.addClassName("kd-muted");
        notice.addClassName("kd-notice");
        notice.setVisible(false);

        title.setLabel(getTranslation("sns.title"));
        title.setMaxLength(DraftForm.TITLE_MAX_LENGTH);
        title.setId("sns-title");
        title.setWidthFull();
        body.setLabel(getTranslation("sns.body"));
        body.setId("sns-body");
        body.setMaxLength(DraftForm.BODY_MAX_LENGTH);
        // TIMEOUT, not LAZY: the text reaches the server every 250 ms while the user types, not only when they pause
        body.setValueChangeMode(ValueChangeMode.TIMEOUT);
        body.setValueChangeTimeout(250);
        body.setWidthFull();
        body.setMinHeight("12rem");
        hashtags.setLabel(getTranslation("sns.hashtags"));
        hashtags.setPlaceholder("#春闘 #人員確保");
        hashtags.setId("sns-hashtags");
        hashtags.setMaxLength(DraftForm.HASHTAGS_MAX_LENGTH);
        hashtags.setValueChangeMode(ValueChangeMode.LAZY);
        hashtags.setWidthFull();
        // one element; its eight boxes are made in the browser (a CheckboxGroup kept ~22 KB of them per page)
        networks = new EnumCheckboxes<>(Network.class, n -> getTranslation(n.labelKey()));
        networks.setLabel(getTranslation("sns.networks"));
        networks.setId("sns-networks");
        campaignWarning.setId("sns-campaign-hashtag-warning");
        campaignWarning.addClassName("kd-notice");
        campaignWarning.setVisible(false);
        submitWhy.setId("sns-submit-why");
        readOnlyWhy.setId("sns-read-only-why");
        readOnlyWhy.addClassName("kd-why");
        readOnlyWhy.setVisible(false);
        submitWhy.addClassName("kd-why");
        errors.field(SnsDraftService.FIELD_TITLE, title).field(SnsDraftService.FIELD_BODY, body)
                .field(SnsDraftService.FIELD_HASHTAGS, hashtags).field(SnsDraftService.FIELD_NETWORKS, networks)
                .field(SnsDraftService.FIELD_IMAGES, images.field());
        schedule = new DraftSchedule(drafts, accounts::suggestions, this::changed, errors);

        List<HasValue<?, ?>> inputs = List.of(title, body, hashtags, networks);
        inputs.forEach(input -> input.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                changed();
            }
        }));
        body.addValueChangeListener(e -> refreshPreview());
        hashtags.addValueChangeListener(e -> refreshPreview());
        networks.addValueChangeListener(e -> refreshPreview());

        save.setText(getTranslation("action.save"));
        save.setId("sns-save");
        save.addClickListener(e -> saveNow(false));
        submit.setText(getTranslation("sns.submit"));
        submit.setId("sns-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> submitForReview());

        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("sns.draft")), state);
        header.setAlignItems(FlexLayout.Alignment.CENTER);
        Div editor = new Div(title, body, hashtags, campaignWarning, networks, schedule, images);
        editor.addClassName("kd-draft-editor");
        side.add(new H3(getTranslation("sns.preview")), preview);
        side.addClassName("kd-draft-side");
        Div columns = new Div(editor, side);
        columns.addClassName("kd-draft-columns");
        HorizontalLayout buttons = new HorizontalLayout(save, submit, submitWhy, saveStatus);
        buttons.setAlignItems(FlexLayout.Alignment.CENTER);
        buttons.addClassName("kd-wrap");
        add(header, meta, readOnlyWhy, notice, columns, buttons, reviewSlot, afterPostingSlot, correctionSlot,
                activity);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> param = event.getRouteParameters().get("id");
        if (param.isEmpty()) {
            startNew();
            return;
        }
        try {
            long requested = Long.parseLong(param.get());
            if (liveRegistration != null && !Objects.equals(id, requested)) {
                // the same view reused for another draft (e.g. a correction just started): listen to that one
                liveRegistration.remove();
                liveRegistration = null;
            }
            id = requested;
            reload();
            if (isAttached()) {
                register();
            }
        } catch (NumberFormatException | NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        }
    }

    private void startNew() {
        id = null;
        loading = true;
        DraftForm empty = DraftForm.empty(SnsDraftService.UNION_ACCOUNT);
        fill(empty, false);
        loading = false;
        state.setText(getTranslation(DraftState.DRAFT.labelKey()));
        meta.setText(getTranslation("sns.new-help"));
        activity.setVisible(false);
        refreshPreview();
    }

    /** Loads the stored draft into every part of the page (after a save, a decision, or someone else's change). */
    void reload() {
        reload(false);
    }

    /**
     * @param keepText after an autosave: the title, text and hashtags stay as typed (the server has them; written
     *                 back in their stored form they would take a trailing space from under the typing cursor)
     */
    private void reload(boolean keepText) {
        detail = drafts.draft(id);
        version = detail.version();
        loading = true;
        fill(detail.form(), keepText);
        loading = false;
        dirty = false;
        boolean editable = detail.canEdit();
        title.setReadOnly(!editable);
        body.setReadOnly(!editable);
        hashtags.setReadOnly(!editable);
        networks.setReadOnly(!editable);
        schedule.setReadOnly(!editable);
        images.setEditable(editable);
        images.show(detail.images());
        save.setVisible(editable);
        // phones have no hover: why the text cannot be changed is written above it
        readOnlyWhy.setText(editable ? "" : getTranslation(detail.state().editable() ? "sns.why.not-yours"
                : "sns.why.not-editable", getTranslation(detail.state().labelKey())));
        readOnlyWhy.setVisible(!editable);
        submit.setVisible(editable && (detail.state() == DraftState.DRAFT
                || detail.state() == DraftState.CHANGES_REQUESTED));
        state.setText(getTranslation(detail.state().labelKey()));
        state.getElement().setAttribute("theme", ("badge " + detail.state().badgeTheme()).strip());
        showMeta(detail.updatedAt(), detail.updatedByName());
        if (detail.state() != DraftState.DRAFT && review == null) {
            review = new ReviewPanel(drafts, users, this::reload);
        }
        if (review != null) {
            review.show(detail);
            // a reviewer decides with the text in view: the checklist goes beside it, above the previews
            if (detail.canReview()) {
                side.addComponentAsFirst(review);
            } else {
                reviewSlot.add(review);
            }
        }
        if ((detail.state() == DraftState.APPROVED || detail.state() == DraftState.POSTED) && afterPosting == null) {
            afterPosting = new AfterPosting(drafts, results, this::reload);
            afterPostingSlot.add(afterPosting);
        }
        if (afterPosting != null) {
            afterPosting.show(detail);
        }
        if ((detail.state() == DraftState.POSTED || detail.correction() != null) && correction == null) {
            correction = new CorrectionPanel(drafts, this::reload);
            correctionSlot.add(correction);
        }
        if (correction != null) {
            correction.show(detail);
        }
        showMissingHashtags(detail.missingCampaignHashtags());
        activity.show(detail, me);
        activity.setVisible(true);
        refreshPreview();
    }

    private void fill(DraftForm form, boolean keepText) {
        if (!keepText || title.getValue().isBlank()) {
            title.setValue(form.title() == null ? "" : form.title());
        }
        if (!keepText) {
            body.setValue(form.body() == null ? "" : form.body());
            hashtags.setValue(form.hashtags() == null ? "" : form.hashtags());
        }
        networks.setValue(form.networks());
        schedule.show(form);
        images.setIds(form.imageIds());
    }

    private DraftForm form() {
        String t = title.getValue();
        if (t == null || t.isBlank()) {
            // a draft is saved before it has a title: its first line stands in
            String first = body.getValue() == null ? "" : body.getValue().strip().lines().findFirst().orElse("");
            t = first.codePointCount(0, first.length()) > 30 ? first.substring(0, first.offsetByCodePoints(0, 30))
                    : first;
        }
        return new DraftForm(t, body.getValue(), hashtags.getValue(), EnumSet.copyOf(
                networks.getValue().isEmpty() ? EnumSet.noneOf(Network.class) : networks.getValue()),
                schedule.account(), schedule.postAt(), schedule.campaign() == null ? null : schedule.campaign().id(),
                images.ids(), schedule.approveBy());
    }

    private void refreshPreview() {
        String post = hashtags.getValue() == null || hashtags.getValue().isBlank() ? body.getValue()
                : body.getValue().stripTrailing() + "\n\n" + hashtags.getValue();
        boolean fits = preview.show(networks.getValue(), post);
        boolean any = !networks.getValue().isEmpty();
        submit.setEnabled(fits && any);
        String why = !any ? getTranslation("sns.error.no-network") : !fits ? getTranslation("sns.error.too-long") : "";
        submitWhy.setText(why);
        submitWhy.setVisible(submit.isVisible() && !why.isEmpty());
    }

    /**
     * Something was typed: save it, at once when the last save began {@value #AUTOSAVE_DELAY_MS} ms ago or longer,
     * else when it is that old. Not "after the typing stops": someone typing on without a pause would have nothing
     * saved until they stop. Not "a second after the first change" either: with saves that take a second on a busy
     * server, the saves of someone typing on came every two seconds and a dying server took up to 3.2 s of their
     * typing (issue #15's chaos run); then every second (2.0 s lost at most); now twice a second, or back to back
     * when a save takes longer. A burst of saves is still one version of the draft.
     */
    private void changed() {
        if (loading) {
            return;
        }
        dirty = true;
        saveStatus.setText(getTranslation("sns.unsaved"));
        if (pendingAutosave != null && !pendingAutosave.isDone()) {
            return; // already due
        }
        UI ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        long sinceLastSaveMs = (System.nanoTime() - lastSaveStarted) / 1_000_000;
        pendingAutosave = UiTimer.later(ui, Duration.ofMillis(AUTOSAVE_DELAY_MS - sinceLastSaveMs),
                "sns-autosave-" + id, () -> {
                    if (dirty && canAutosave()) {
                        saveNow(true);
                    }
                });
    }

    private boolean canAutosave() {
        return (id != null && detail != null && detail.canEdit())
                || (id == null && body.getValue() != null && !body.getValue().isBlank());
    }

    /** Also what the autosave runs. @return whether it saved */
    boolean saveNow(boolean automatic) {
        if (pendingAutosave != null) {
            pendingAutosave.cancel(false);
        }
        lastSaveStarted = System.nanoTime();
        List<Saved> result = new ArrayList<>(1);
        DraftForm sent = form();
        long expected = version;
        boolean ok;
        try {
            ok = errors.submit(() -> result.add(id == null ? drafts.create(sent) : drafts.save(id, expected, sent)),
                    this::reload);
        } catch (org.springframework.dao.DataAccessException lost) {
            boolean applied = id != null && wentThrough(expected, sent);
            if (!applied && id != null && automatic && TransactionRetry.connectionLost(lost)) {
                // the database node went away under this autosave (its COMMIT lost, issue #15's chaos run): nothing
                // was written, the text stays here and is saved again in a moment, without an incident on screen
                LoggerFactory.getLogger(DraftView.class).warn("Autosave of SNS draft {} lost its database "
                        + "connection; trying again", id);
                pendingAutosave = null;
                changed();
                saveStatus.setText(getTranslation("sns.autosave-again"));
                return false;
            }
            if (!applied) {
                throw lost; // the incident notification; the text stays and the next autosave tries again
            }
            ok = true;
            result.add(new Saved(id, version, true, false, -1));
        }
        if (!ok) {
            saveStatus.setText(getTranslation("sns.not-saved"));
            return false;
        }
        Saved saved = result.get(0);
        boolean created = id == null;
        id = saved.id();
        // the saved version at once: when the reload below fails (a database node dying after the commit), the
        // next autosave still saves instead of calling our own save someone else's (the conflict dialog)
        version = saved.version();
        if (created) {
            getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "sns/drafts/" + id));
            register();
        }
        if (automatic && !created && detail != null && !saved.backToReview() && saved.revision() == detail.revision()) {
            afterAutosave(sent);
        } else {
            reload(automatic);
        }
        saveStatus.setText(getTranslation(automatic ? "sns.autosaved" : "sns.saved",
                UnionTime.dateTime(Instant.now(), getLocale())));
        if (saved.backToReview()) {
            notice.setText(getTranslation("sns.back-to-review"));
            notice.setVisible(true);
        }
        return true;
    }

    /**
     * After an autosave that continued this editor's burst (the same revision, the same state): nothing but the
     * version, the text this user sent and the time changed, so the draft is not read back — its comments, revisions,
     * approvals and images cost a dozen statements and, with 25 typists on a busy node, seconds (issue #15's chaos
     * run). A new revision, a draft sent back to review or someone else's change reloads everything.
     */
    private void afterAutosave(DraftForm sent) {
        dirty = false;
        if (title.getValue().isBlank() && sent.title() != null) {
            loading = true;
            title.setValue(sent.title().strip());
            loading = false;
        }
        showMeta(Instant.now(), myName);
        Campaign campaign = schedule.campaign();
        showMissingHashtags(campaign == null ? List.of()
                : jp.kumiaidesk.sns.CampaignService.missingHashtags(campaign.hashtag(), sent.hashtags(), sent.body()));
    }

    /** Author, revision, when and by whom last saved (the revision and author as the draft was last read). */
    private void showMeta(Instant updatedAt, String updatedBy) {
        meta.setText(getTranslation("sns.meta", detail.authorName(), detail.revision(),
                UnionTime.dateTime(updatedAt, getLocale()), updatedBy));
    }

    /** The campaign's hashtags the text lacks, above the networks; hidden when none is missing. */
    private void showMissingHashtags(List<String> missing) {
        campaignWarning.setText(missing.isEmpty() ? ""
                : getTranslation("sns.campaign-hashtag-missing", String.join(" ", missing)));
        campaignWarning.setVisible(!missing.isEmpty());
    }

    /**
     * A save whose answer was lost (the database node died during COMMIT, issue #15's chaos run): whether it was
     * committed all the same, judged by the stored draft — a newer version holding exactly the text sent. If so its
     * version is taken, else every later autosave would meet "our own" save as someone else's (the conflict dialog).
     */
    private boolean wentThrough(long expected, DraftForm sent) {
        try {
            DraftDetail stored = TransactionRetry.read(() -> drafts.draft(id));
            if (stored.version() > expected && Objects.equals(stored.form().body(), sent.body())
                    && Objects.equals(strip(stored.form().title()), strip(sent.title()))) {
                version = stored.version();
                LoggerFactory.getLogger(DraftView.class).warn("Save of SNS draft {} failed at commit but was "
                        + "committed (version {})", id, version);
                broadcaster.committedWithoutAnswer(new SnsDraftChanged(id, me, true));
                return true;
            }
        } catch (RuntimeException stillDown) {
            // not known: the save counts as failed
        }
        return false;
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    private void submitForReview() {
        if (dirty || id == null) {
            if (!saveNow(false)) {
                return;
            }
        }
        if (errors.submit(() -> drafts.submit(id, version), this::reload)) {
            reload();
            FormErrors.success(getTranslation("sns.submitted"));
        }
    }

    private void register() {
        if (liveRegistration != null || id == null) {
            return;
        }
        UI ui = UI.getCurrent();
        long draftId = id;
        liveRegistration = broadcaster.register(draftId, changed -> ui.access(() -> {
            if (changed.by().equals(me) || !Objects.equals(id, draftId)) {
                return;
            }
            if (dirty && changed.contentChanged()) {
                // keep what this user typed; saving will show the conflict dialog
                notice.setText(getTranslation("sns.changed-by-other"));
                notice.setVisible(true);
                return;
            }
            // checked again when the read is tried again a moment later: the user may have typed meanwhile
            LiveRefresh.run(ui, "sns-live-" + draftId, () -> {
                if (!dirty && Objects.equals(id, draftId)) {
                    reload();
                }
            });
        }));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        register();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (liveRegistration != null) {
            liveRegistration.remove();
            liveRegistration = null;
        }
        if (pendingAutosave != null) {
            pendingAutosave.cancel(false);
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "sns.draft");
    }

    Set<Network> selectedNetworks() {
        return networks.getValue();
    }
}
