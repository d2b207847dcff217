package jp.kumiaidesk.bargaining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

import jp.kumiaidesk.ServiceTest;
import jp.kumiaidesk.base.ConcurrentEditException;
import jp.kumiaidesk.base.FieldRejectedException;

class BargainingServiceTest extends ServiceTest {

    @Autowired
    BargainingService bargaining;

    record Season(long id, long wage, long staff) {
    }

    private Season season() {
        long id = bargaining.createSeason(unique("賃金確定闘争"), LocalDate.of(2026, 10, 1));
        return new Season(id, bargaining.addDemand(id, "月例給の引き上げ"), bargaining.addDemand(id, "保育士の増員"));
    }

    private SessionForm form(Season s, LocalDate day, String wageAnswer, AnswerOutcome wageOutcome) {
        return new SessionForm(s.id(), day, LocalTime.of(14, 0), LocalTime.of(16, 30),
                SessionKind.COLLECTIVE_BARGAINING, "総務部長 山本一郎\n人事課長 中川",
                "委員長 山田\n書記長 佐藤", List.of(new AnswerForm(s.wage(), wageAnswer, wageOutcome),
                        new AnswerForm(s.staff(), "検討する", AnswerOutcome.CARRIED_OVER)),
                "", "保育士の増員", "", List.of());
    }

    @Test
    void a_demand_shows_how_the_answer_moved_from_session_to_session_up_to_settlement() {
        signIn("shokikyoku");
        Season s = season();
        bargaining.createSession(form(s, LocalDate.of(2026, 10, 20), "人事委員会勧告どおり0.9%", AnswerOutcome.ANSWERED));
        bargaining.createSession(form(s, LocalDate.of(2026, 11, 5), "初任給を1,500円上乗せ", AnswerOutcome.ANSWERED));
        bargaining.createSession(form(s, LocalDate.of(2026, 11, 18), "若年層に重点配分し妥結", AnswerOutcome.SETTLED));

        signIn("iinchou");
        DemandTimeline timeline = bargaining.timeline(s.wage());
        assertThat(timeline.steps()).extracting(DemandTimeline.Step::answer)
                .containsExactly("人事委員会勧告どおり0.9%", "初任給を1,500円上乗せ", "若年層に重点配分し妥結");
        assertThat(timeline.demand().settled()).isTrue();
        assertThat(bargaining.demands(s.id())).filteredOn(d -> d.id() == s.staff()).singleElement()
                .extracting(DemandView::latestOutcome).isEqualTo(AnswerOutcome.CARRIED_OVER);
    }

    @Test
    void two_people_saving_the_same_session_get_a_conflict_not_a_lost_update() {
        signIn("shokikyoku");
        Season s = season();
        long id = bargaining.createSession(form(s, LocalDate.of(2026, 10, 20), "0.9%", AnswerOutcome.ANSWERED));
        long opened = bargaining.session(id).version();
        long mine = bargaining.updateSession(id, opened, form(s, LocalDate.of(2026, 10, 20), "1.0%",
                AnswerOutcome.ANSWERED));
        assertThat(mine).isGreaterThan(opened);
        // the second person still holds the version they opened
        assertThatThrownBy(() -> bargaining.updateSession(id, opened, form(s, LocalDate.of(2026, 10, 20), "0.5%",
                AnswerOutcome.ANSWERED))).isInstanceOf(ConcurrentEditException.class);
        assertThat(bargaining.session(id).form().answers().getFirst().answer()).isEqualTo("1.0%");
    }

    @Test
    void bad_input_on_every_field_is_rejected_for_that_field() {
        signIn("shokikyoku");
        Season s = season();
        SessionForm ok = form(s, LocalDate.of(2026, 10, 20), "0.9%", AnswerOutcome.ANSWERED);
        String tooLong = "あ".repeat(8001);
        String control = "a\u0007b";
        String html = "<script>alert(1)</script>";
        List<Function<String, SessionForm>> textFields = List.of(
                v -> with(ok, v, null, null, null, null, null),
                v -> with(ok, null, v, null, null, null, null),
                v -> with(ok, null, null, v, null, null, null),
                v -> with(ok, null, null, null, v, null, null),
                v -> with(ok, null, null, null, null, v, null),
                v -> with(ok, null, null, null, null, null, v));
        List<String> names = List.of(BargainingService.FIELD_EMPLOYER_SIDE, BargainingService.FIELD_OUR_ATTENDEES,
                BargainingService.FIELD_AGREEMENTS, BargainingService.FIELD_CARRIED_OVER,
                BargainingService.FIELD_NOTES, BargainingService.answerField(s.wage()));
        for (int i = 0; i < textFields.size(); i++) {
            for (String[] bad : new String[][] {{tooLong, "validation.too-long"},
                {control, "validation.control-characters"}, {html, "validation.markup"}}) {
                SessionForm f = textFields.get(i).apply(bad[0]);
                assertThatThrownBy(() -> bargaining.createSession(f)).isInstanceOf(FieldRejectedException.class)
                        .hasMessage(names.get(i) + ": " + bad[1]);
            }
        }
        assertRejected(new SessionForm(s.id(), null, null, null, SessionKind.ANSWER, "", "", List.of(), "", "", "",
                List.of()), "heldOn: validation.required");
        assertRejected(new SessionForm(s.id(), LocalDate.now(), null, null, null, "", "", List.of(), "", "", "",
                List.of()), "kind: validation.required");
        assertRejected(new SessionForm(0, LocalDate.now(), null, null, SessionKind.ANSWER, "", "", List.of(), "", "",
                "", List.of()), "seasonId: validation.required");
        assertRejected(new SessionForm(s.id(), LocalDate.now(), LocalTime.of(15, 0), LocalTime.of(14, 0),
                SessionKind.ANSWER, "", "", List.of(), "", "", "", List.of()),
                "endsAt: session.error.ends-before-start");
        assertThatThrownBy(() -> bargaining.addDemand(s.id(), "")).hasMessage("demandTitle: validation.required");
        assertThatThrownBy(() -> bargaining.addDemand(s.id(), "<b>x</b>"))
                .hasMessage("demandTitle: validation.markup");
        assertThatThrownBy(() -> bargaining.addDemand(s.id(), "月例給の引き上げ"))
                .hasMessage("demandTitle: demand.error.exists");
        assertThatThrownBy(() -> bargaining.createSeason("x".repeat(101), null))
                .hasMessage("seasonName: validation.too-long");
        // a lone "<" in an answer is ordinary text ("3%<5%")
        bargaining.createSession(with(ok, null, null, null, null, null, "1%<2%"));
    }

    private void assertRejected(SessionForm form, String message) {
        assertThatThrownBy(() -> bargaining.createSession(form)).isInstanceOf(FieldRejectedException.class)
                .hasMessage(message);
    }

    private static SessionForm with(SessionForm f, String employer, String attendees, String agreements,
            String carried, String notes, String firstAnswer) {
        List<AnswerForm> answers = firstAnswer == null ? f.answers()
                : List.of(new AnswerForm(f.answers().getFirst().demandId(), firstAnswer, AnswerOutcome.ANSWERED));
        return new SessionForm(f.seasonId(), f.heldOn(), f.startsAt(), f.endsAt(), f.kind(),
                employer == null ? f.employerSide() : employer, attendees == null ? f.ourAttendees() : attendees,
                answers, agreements == null ? f.agreements() : agreements,
                carried == null ? f.carriedOver() : carried, notes == null ? f.notes() : notes, f.photoIds());
    }

    @Test
    void an_executive_reads_every_session_but_cannot_write_and_a_recruiter_sees_none() {
        signIn("shokikyoku");
        Season s = season();
        long id = bargaining.createSession(form(s, LocalDate.of(2026, 10, 20), "0.9%", AnswerOutcome.ANSWERED));
        signIn("shokichou");
        assertThat(bargaining.session(id).form().employerSide()).contains("総務部長");
        assertThatThrownBy(() -> bargaining.updateSession(id, 0, form(s, LocalDate.of(2026, 10, 20), "x",
                AnswerOutcome.ANSWERED))).isInstanceOf(AuthorizationDeniedException.class);
        signIn("seinenbu");
        assertThatThrownBy(() -> bargaining.session(id)).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void the_archive_finds_sessions_by_text_season_demand_and_date() {
        signIn("shokikyoku");
        Season s = season();
        String word = unique("会計年度任用職員の勤勉手当");
        long hit = bargaining.createSession(form(s, LocalDate.of(2026, 10, 21), word, AnswerOutcome.ANSWERED));
        long other = bargaining.createSession(form(s, LocalDate.of(2026, 9, 1), "なし", AnswerOutcome.ANSWERED));
        assertThat(bargaining.search(new SessionQuery(word, null, null, null, null))).extracting(SessionRow::id)
                .containsExactly(hit);
        assertThat(bargaining.search(new SessionQuery(null, s.id(), null, null, null))).extracting(SessionRow::id)
                .containsExactly(hit, other);
        assertThat(bargaining.search(new SessionQuery(null, null, s.wage(), LocalDate.of(2026, 10, 1), null)))
                .extracting(SessionRow::id).containsExactly(hit);
        assertThat(bargaining.search(new SessionQuery("100%_%", s.id(), null, null, null))).isEmpty();
    }
}
