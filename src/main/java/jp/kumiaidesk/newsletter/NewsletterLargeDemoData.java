package jp.kumiaidesk.newsletter;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import jp.kumiaidesk.approval.ApprovalKind;
import jp.kumiaidesk.approval.Verdict;
import jp.kumiaidesk.bargaining.BargainingService;
import jp.kumiaidesk.bargaining.SessionQuery;
import jp.kumiaidesk.bargaining.SessionRow;
import jp.kumiaidesk.base.DemoMode;
import jp.kumiaidesk.base.LargeDemoData;
import jp.kumiaidesk.base.Role;
import jp.kumiaidesk.base.SystemAuthentication;
import jp.kumiaidesk.base.UnionTime;

/**
 * A newsletter for 38 more sessions (40 in all): the older ones published the evening of their session (numbered
 * in order, the PDF copied from the small demo's published issue instead of rendering 30 more), the recent ones
 * in every other state. Written, submitted and decided through the service as the people who would do it.
 */
@Component
class NewsletterLargeDemoData extends LargeDemoData {

    static final int NEWSLETTERS = 40;

    private final NewsletterService newsletters;
    private final NewsletterRepository repository;
    private final IssueNumbers numbers;
    private final BargainingService bargaining;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    NewsletterLargeDemoData(DemoMode demoMode, NewsletterService newsletters, NewsletterRepository repository,
            IssueNumbers numbers, BargainingService bargaining, JdbcTemplate jdbc,
            PlatformTransactionManager transactions) {
        super(demoMode);
        this.transaction = new TransactionTemplate(transactions);
        this.newsletters = newsletters;
        this.repository = repository;
        this.numbers = numbers;
        this.bargaining = bargaining;
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return AFTER_SMALL + 70;
    }

    @Override
    protected void seedLarge() {
        List<SessionRow> open = bargaining.search(SessionQuery.all()).stream()
                .filter(s -> s.newsletterId() == null).sorted(Comparator.comparing(SessionRow::heldOn)).toList();
        int count = Math.min(open.size(), NEWSLETTERS - (int) repository.count());
        // the most recent ten sessions of those get the states still in progress
        for (int i = 0; i < count; i++) {
            SessionRow session = open.get(i);
            int fromEnd = count - i;
            NewsletterStatus target = fromEnd > 10 ? (i % 13 == 5 ? NewsletterStatus.REJECTED
                    : NewsletterStatus.PUBLISHED) : NewsletterStatus.values()[fromEnd % 5];
            write(session, target);
        }
    }

    /**
     * Written through the service; the review trail (status, decisions bound to the content hash) written directly,
     * without mailing eight executives for each of 40 newsletters.
     */
    private void write(SessionRow session, NewsletterStatus target) {
        long[] id = new long[1];
        as("shokikyoku", Role.SECRETARIAT, () -> id[0] = newsletters.draftFromSession(session.id()));
        if (target == NewsletterStatus.DRAFT) {
            return;
        }
        String hash = transaction.execute(t -> repository.findById(id[0]).orElseThrow().contentHash());
        Instant submitted = session.heldOn().atTime(18, 0).atZone(UnionTime.ZONE).toInstant();
        Instant decided = submitted.plus(Duration.ofMinutes(40));
        NewsletterStatus status = target == NewsletterStatus.PUBLISHED ? NewsletterStatus.APPROVED : target;
        jdbc.update("update newsletter set status = ?, submitted_at = ? where id = ?", status.name(),
                Timestamp.from(submitted), id[0]);
        switch (target) {
            case APPROVED, PUBLISHED -> decide(id[0], "iinchou", Verdict.APPROVED, hash, null, decided);
            case CHANGES_REQUESTED -> decide(id[0], "shokichou", Verdict.CHANGES_REQUESTED, hash,
                    "回答の要旨をもう少し短くしてください。", decided);
            case REJECTED -> decide(id[0], "shokichou", Verdict.REJECTED, hash,
                    "この回は速報を出さず、次号にまとめます。", decided);
            default -> {
            }
        }
        if (target == NewsletterStatus.PUBLISHED) {
            transaction.executeWithoutResult(t -> publish(id[0], session));
        }
    }

    private void decide(long id, String who, Verdict verdict, String hash, String comment, Instant at) {
        jdbc.update("insert ignore into approval_decision (kind, subject_id, approver, verdict, content_hash, comment,"
                + " decided_at) values (?, ?, ?, ?, ?, ?, ?)", ApprovalKind.NEWSLETTER.name(), id, who, verdict.name(),
                hash, comment, Timestamp.from(at));
    }

    /** As {@link NewsletterService#publish} does, on the evening of the session, without rendering a new PDF. */
    private void publish(long id, SessionRow session) {
        Instant at = session.heldOn().atTime(19, 30).atZone(UnionTime.ZONE).toInstant();
        int year = at.atZone(UnionTime.ZONE).getYear();
        Newsletter newsletter = repository.findById(id).orElseThrow();
        newsletter.published(year, numbers.next(year), NewsletterService.newToken(), at, "kumiai-all@example.jp");
        repository.saveAndFlush(newsletter);
        jdbc.update("insert into newsletter_pdf (newsletter_id, pdf, created_at) select ?, pdf, ? from newsletter_pdf"
                + " order by newsletter_id limit 1", id, Timestamp.from(at));
        jdbc.update("update newsletter set view_count = ? where id = ?", (id * 37) % 400, id);
        SystemAuthentication.run(() -> bargaining.newsletterPublished(session.id(), id,
                at.plus(Duration.ZERO)));
    }

    private static void as(String username, Role role, Runnable work) {
        SystemAuthentication.runAs(username, role, work);
    }
}
