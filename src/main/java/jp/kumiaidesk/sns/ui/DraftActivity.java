package jp.kumiaidesk.sns.ui;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;

import jp.kumiaidesk.approval.ApprovalDecision;
import jp.kumiaidesk.base.FormErrors;
import jp.kumiaidesk.base.LightButton;
import jp.kumiaidesk.base.UnionTime;
import jp.kumiaidesk.sns.DraftVersions;
import jp.kumiaidesk.sns.SnsDraftService;
import jp.kumiaidesk.sns.SnsViews.Comment;
import jp.kumiaidesk.sns.SnsViews.DiffPart;
import jp.kumiaidesk.sns.SnsViews.DraftDetail;
import jp.kumiaidesk.sns.SnsViews.Revision;

/**
 * The thread of a draft: comments and decisions in time order, a comment box, and the diff between any two
 * versions — by default between the version this reviewer last decided on (or the previous one) and the current.
 */
class DraftActivity extends Div {

    private final SnsDraftService drafts;
    private final DraftVersions versions;
    private final Div thread = new Div();
    private final TextArea comment = new TextArea();
    /* the two version pickers: built when the diff is first shown (a reviewer at once, a writer on request), since
       most open editors are drafts being written and the pickers cost ~26 KB of each (issue #16) */
    private ComboBox<Revision> from;
    private ComboBox<Revision> to;
    private final HorizontalLayout pick = new HorizontalLayout();
    private final Div diff = new Div();
    private String me;
    private DraftDetail detail;
    /* the writer asks for the diff; a reviewer gets it at once (it is what they check) */
    private boolean diffShown;
    private final LightButton compare = new LightButton();

    DraftActivity(SnsDraftService drafts, DraftVersions versions) {
        this.drafts = drafts;
        this.versions = versions;
        addClassName("kd-draft-activity");
        thread.setId("sns-thread");
        comment.setLabel(getTranslation("sns.comment"));
        comment.setId("sns-comment");
        comment.setMaxLength(SnsDraftService.COMMENT_MAX_LENGTH);
        comment.setWidthFull();
        FormErrors errors = new FormErrors().field(SnsDraftService.FIELD_COMMENT, comment);
        LightButton send = new LightButton(getTranslation("sns.send-comment"), e -> {
            if (errors.submit(() -> drafts.comment(detail.id(), comment.getValue()), null)) {
                comment.clear();
                show(drafts.draft(detail.id()), null);
            }
        });
        send.setId("sns-comment-send");
        diff.setId("sns-diff");
        diff.addClassName("kd-diff");
        compare.setText(getTranslation("sns.compare"));
        compare.setId("sns-compare");
        compare.addClickListener(e -> {
            diffShown = true;
            if (from == null) {
                pickers(); // shows the diff of the versions it picks
            } else {
                showDiff();
            }
        });
        pick.add(compare);
        pick.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        pick.addClassName("kd-wrap");
        Div left = new Div(new H3(getTranslation("sns.activity")), thread, comment, send);
        left.addClassName("kd-card");
        Div right = new Div(new H3(getTranslation("sns.versions")), pick, diff);
        right.addClassName("kd-card");
        add(left, right);
    }

    void show(DraftDetail detail, String me) {
        this.detail = detail;
        if (me != null) {
            this.me = me;
        }
        diffShown = diffShown || detail.canReview();
        thread.removeAll();
        record Entry(Instant at, String who, String what, String text, boolean decision) {
        }
        List<Entry> entries = new ArrayList<>();
        for (Comment c : detail.comments()) {
            entries.add(new Entry(c.at(), c.authorName(), getTranslation("sns.commented"), c.body(), false));
        }
        for (ApprovalDecision d : detail.decisions()) {
            entries.add(new Entry(d.decidedAt(), d.approverName(),
                    getTranslation("approval.verdict." + d.verdict().name().toLowerCase()) + " ("
                            + revisionOf(d.contentHash()) + ")", d.comment(), true));
        }
        entries.sort(Comparator.comparing(Entry::at));
        for (Entry e : entries) {
            Div line = new Div(new Span(e.who()), new Span(" · " + e.what() + " · "),
                    new Span(UnionTime.dateTime(e.at(), getLocale())));
            line.addClassName("kd-muted");
            Div item = new Div(line);
            if (e.text() != null && !e.text().isBlank()) {
                Div text = new Div(e.text());
                text.addClassName("kd-pre");
                item.add(text);
            }
            item.addClassNames("kd-thread-item", e.decision() ? "kd-thread-decision" : "kd-thread-comment");
            thread.add(item);
        }
        if (entries.isEmpty()) {
            thread.add(new Span(getTranslation("sns.no-activity")));
        }
        if (me != null && from != null) {
            pickRevisions();
        } else if (me != null && diffShown) {
            pickers();
        }
    }

    /** Builds the two pickers (once) beside the compare button, on the revisions of the draft as last shown. */
    private void pickers() {
        if (from != null) {
            return;
        }
        from = new ComboBox<>(getTranslation("sns.diff-from"));
        to = new ComboBox<>(getTranslation("sns.diff-to"));
        for (ComboBox<Revision> box : List.of(from, to)) {
            box.setItemLabelGenerator(r -> getTranslation("sns.revision-label", r.revision(), r.savedByName(),
                    UnionTime.dateTime(r.savedAt(), getLocale())));
        }
        pickRevisions();
        for (ComboBox<Revision> box : List.of(from, to)) {
            box.addValueChangeListener(e -> {
                if (e.isFromClient() || diffShown) {
                    showDiff();
                }
            });
        }
        pick.addComponentAsFirst(to);
        pick.addComponentAsFirst(from);
        if (diffShown) {
            showDiff();
        }
    }

    /** By default the version this user last decided on (or the one before the current) against the current. */
    private void pickRevisions() {
        List<Revision> revisions = detail.revisions();
        from.setItems(revisions);
        to.setItems(revisions);
        if (!revisions.isEmpty()) {
            Revision current = revisions.get(0);
            Revision seen = me == null ? null : lastSeenBy(me).orElse(null);
            from.setValue(seen != null ? seen : revisions.size() > 1 ? revisions.get(1) : current);
            to.setValue(current);
        }
    }

    private java.util.Optional<Revision> lastSeenBy(String me) {
        return detail.decisions().stream().filter(d -> d.approver().equals(me))
                .reduce((a, b) -> b)
                .flatMap(d -> detail.revisions().stream().filter(r -> r.contentHash().equals(d.contentHash()))
                        .findFirst());
    }

    private String revisionOf(String hash) {
        return detail.revisions().stream().filter(r -> r.contentHash().equals(hash)).findFirst()
                .map(r -> getTranslation("sns.revision-short", r.revision())).orElse(hash.substring(0, 8));
    }

    private void showDiff() {
        diff.removeAll();
        if (from == null || from.getValue() == null || to.getValue() == null || detail == null) {
            return;
        }
        if (from.getValue().revision() == to.getValue().revision()) {
            diff.add(new Span(getTranslation("sns.diff-same")));
            return;
        }
        for (DiffPart part : versions.diff(detail.id(), from.getValue().revision(),
                to.getValue().revision(), getLocale())) {
            Span span = new Span(part.text());
            switch (part.change()) {
                case ADDED -> span.addClassName("kd-added");
                case REMOVED -> span.addClassName("kd-removed");
                default -> { }
            }
            diff.add(span);
        }
    }
}
