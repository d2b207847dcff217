package jp.kumiaidesk.newsletter;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import jp.kumiaidesk.bargaining.BargainingService;
import jp.kumiaidesk.bargaining.SessionKind;
import jp.kumiaidesk.bargaining.SessionQuery;
import jp.kumiaidesk.bargaining.SessionRow;
import jp.kumiaidesk.base.DemoData;
import jp.kumiaidesk.base.Role;

/**
 * The settlement session's newsletter, written by the secretariat (shokikyoku), approved by the chair (iinchou) and
 * published the same evening; and the working-talks newsletter waiting for approval. Each step runs as the demo user
 * who would do it, so the approval trail reads as it would in real life.
 */
@Component
class NewsletterDemoData implements DemoData {

    private final NewsletterService newsletters;
    private final BargainingService bargaining;
    private final JdbcTemplate jdbc;

    NewsletterDemoData(NewsletterService newsletters, BargainingService bargaining, JdbcTemplate jdbc) {
        this.newsletters = newsletters;
        this.bargaining = bargaining;
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public void seed() {
        List<SessionRow> sessions = bargaining.search(SessionQuery.all());
        SessionRow settled = sessions.stream().filter(s -> s.kind() == SessionKind.COLLECTIVE_BARGAINING
                && s.demandCount() == 4).findFirst().orElse(null);
        SessionRow talks = sessions.stream().filter(s -> s.kind() == SessionKind.WORKING_TALKS).findFirst()
                .orElse(null);
        if (settled == null || talks == null) {
            return;
        }
        long id = as("shokikyoku", Role.SECRETARIAT, () -> {
            long draft = newsletters.draftFromSession(settled.id());
            NewsletterView view = newsletters.get(draft);
            NewsletterForm f = view.form();
            newsletters.update(draft, view.version(), new NewsletterForm(settled.heldOn(),
                    "賃金確定闘争が妥結　会計年度任用職員にも勤勉手当",
                    "本日の第2回団体交渉で、2026年度の賃金確定闘争は**妥結**しました。"
                            + "給料表の引き上げに加え、組合が粘り強く求めてきた会計年度任用職員への勤勉手当の支給が"
                            + "来年度から実現します。\n\n職場からの署名・アンケートへのご協力、ありがとうございました。",
                    f.rows(), f.agreements(),
                    "・時間外勤務の縮減は、人員確保闘争で引き続き交渉します\n"
                            + "・12月の職場集会で妥結内容を報告します（各職場委員から日程をお知らせします）",
                    f.photoIds()));
            NewsletterView updated = newsletters.get(draft);
            return newsletters.submit(draft, updated.version()).id();
        });
        as("iinchou", Role.EXECUTIVE, () -> newsletters.approve(id, newsletters.get(id).contentHash()));
        as("shokikyoku", Role.SECRETARIAT, () -> {
            newsletters.publish(id);
            // the demo's settlement was three days ago: it came out that same evening, 2 h 50 min after the end
            Instant sameEvening = settled.clock().ended().plusSeconds(170 * 60);
            jdbc.update("update newsletter set published_at = ? where id = ?", Timestamp.from(sameEvening), id);
            bargaining.newsletterPublished(settled.id(), id, sameEvening);
            long waiting = newsletters.draftFromSession(talks.id());
            return newsletters.submit(waiting, newsletters.get(waiting).version());
        });
    }

    private static <T> T as(String username, Role role, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                List.of(new SimpleGrantedAuthority(role.authority()))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
