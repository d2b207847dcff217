package jp.kumiaidesk.recruitment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kumiaidesk.audit.AuditEntry;
import jp.kumiaidesk.base.ConcurrentEditException;
import jp.kumiaidesk.base.FieldRejectedException;
import jp.kumiaidesk.base.TextRules;
import jp.kumiaidesk.base.TransactionRetry;
import jp.kumiaidesk.base.UnionTime;
import jp.kumiaidesk.base.Translations;
import jp.kumiaidesk.security.UserService;
import jp.kumiaidesk.workplace.OrganizationRate;
import jp.kumiaidesk.workplace.WorkplaceService;

/** The prefectural HQ survey (answers kept per year, .xlsx export) and the audited CSV export of the tracker. */
@Service
public class HqSurveyService {

    static final String CAN_REPORT = "hasAnyRole('EXECUTIVE', 'ADMIN')";
    public static final String FIELD_PREFECTURE = "prefecture";
    public static final String FIELD_UNION = "unionName";
    public static final String FIELD_RESPONDENT = "respondent";
    public static final String FIELD_FEDERATION = "competitorFederation";
    public static final String FIELD_COMPETITOR = "competitorMembers";

    private final HqSurveyAnswerRepository answers;
    private final RecruitmentService recruitment;
    private final WorkplaceService workplaces;
    private final ApplicationEventPublisher events;
    private final TransactionRetry retry;
    private final Clock clock;
    private final String unionName;
    private final Translations texts;
    private final UserService users;

    private static final List<String> TRACKER_COLUMNS = List.of("name", "kana", "workplace", "employment",
            "hire-date", "route", "status", "decline-reason", "stage", "next-action-date", "recruiter");

    HqSurveyService(HqSurveyAnswerRepository answers, RecruitmentService recruitment, WorkplaceService workplaces,
            ApplicationEventPublisher events, Clock clock, @Value("${kd.union-name}") String unionName,
            Translations texts, UserService users, TransactionRetry retry) {
        this.retry = retry;
        this.texts = texts;
        this.users = users;
        this.answers = answers;
        this.recruitment = recruitment;
        this.workplaces = workplaces;
        this.events = events;
        this.clock = clock;
        this.unionName = unionName;
    }

    /** The field name a free-text answer is rejected under. */
    public static String field(HqQuestion question) {
        return "answer." + question.name();
    }

    /** The year's answers; a year never saved starts with the union's name and nothing else. */
    @PreAuthorize(CAN_REPORT)
    @Transactional(readOnly = true)
    public HqSurveyForm answers(int year) {
        return answers.findById(year).map(HqSurveyAnswer::toForm)
                .orElse(new HqSurveyForm(year, -1, "", unionName, "", "", null, Map.of()));
    }

    @PreAuthorize(CAN_REPORT)
    public void save(HqSurveyForm form) {
        retry.inTransaction("HQ survey answers of " + form.year(), () -> {
            String prefecture = TextRules.requireLine(FIELD_PREFECTURE, form.prefecture(), false,
                    HqSurveyForm.NAME_MAX_LENGTH);
            String union = TextRules.requireLine(FIELD_UNION, form.unionName(), true, HqSurveyForm.NAME_MAX_LENGTH);
            String respondent = TextRules.requireLine(FIELD_RESPONDENT, form.respondent(), false,
                    HqSurveyForm.NAME_MAX_LENGTH);
            String federation = TextRules.requireLine(FIELD_FEDERATION, form.competitorFederation(), false,
                    HqSurveyForm.NAME_MAX_LENGTH);
            if (form.competitorMembers() != null && form.competitorMembers() < 0) {
                throw new FieldRejectedException(FIELD_COMPETITOR, "validation.negative");
            }
            Map<HqQuestion, String> texts = new EnumMap<>(HqQuestion.class);
            for (HqQuestion q : HqQuestion.values()) {
                texts.put(q, TextRules.requireText(field(q), form.answer(q), false, HqSurveyForm.TEXT_MAX_LENGTH));
            }
            // version -1: the user started from "no answers yet"; anything stored since then is someone else's
            Optional<HqSurveyAnswer> stored = answers.findForUpdate(form.year());
            if (stored.map(a -> a.getVersion() != form.version()).orElse(false)) {
                throw new ConcurrentEditException("hq_survey_answer", form.year());
            }
            HqSurveyAnswer answer = stored.orElseGet(() -> new HqSurveyAnswer(form.year()));
            answer.apply(new HqSurveyForm(form.year(), form.version(), prefecture, union, respondent, federation,
                    form.competitorMembers(), texts));
            answers.saveAndFlush(answer);
            events.publishEvent(AuditEntry.now("survey.saved", "hq_survey_answer", form.year(), null));
        });
    }

    /**
     * The survey of {@code year} (年度: April to March) as of today: the answers, the tree's members and staff, and
     * the new hires of {@code cohortCode}, or of every cohort hired in the year when it is {@code null}.
     */
    @PreAuthorize(CAN_REPORT)
    @Transactional(readOnly = true)
    public HqSurvey survey(int year, String cohortCode) {
        HqSurveyForm form = answers(year);
        OrganizationRate union = workplaces.unionRate();
        List<CohortView> counted = cohortCode != null
                ? recruitment.cohort(cohortCode).stream().toList()
                : recruitment.cohorts().stream().filter(c -> inSurveyYear(c.month(), year))
                        .sorted(Comparator.comparing(CohortView::month)).toList();
        Funnel hires = Funnel.EMPTY;
        for (CohortView cohort : counted) {
            hires = hires.plus(recruitment.dashboard(cohort.code()).map(RecruitmentDashboard::total)
                    .orElse(Funnel.EMPTY));
        }
        return new HqSurvey(year, LocalDate.now(clock.withZone(UnionTime.ZONE)), counted, form, union.members(),
                union.staff(), hires);
    }

    /** The 年度 a month belongs to: April 2026 to March 2027 is 2026年度 (a cohort hired in January 2027 too). */
    public static int surveyYearOf(YearMonth month) {
        return month.getMonthValue() >= 4 ? month.getYear() : month.getYear() - 1;
    }

    /** 年度 {@code year} runs from April of that year to March of the next. */
    static boolean inSurveyYear(YearMonth month, int year) {
        return !month.isBefore(YearMonth.of(year, 4)) && !month.isAfter(YearMonth.of(year + 1, 3));
    }

    /** The survey as the .xlsx the prefectural HQ collects (see {@link HqSheet}). */
    @PreAuthorize(CAN_REPORT)
    @Transactional
    public byte[] exportXlsx(int year, String cohortCode) {
        byte[] xlsx = HqSurveySheet.write(survey(year, cohortCode));
        events.publishEvent(AuditEntry.now("survey.exported", "hq_survey_answer", year, cohortCode));
        return xlsx;
    }

    /**
     * Every new hire of a cohort in the caller's workplaces, as CSV with a BOM so Excel reads the Japanese: headers,
     * statuses and kinds in the user's language, dates as 2026/04/01, recruiters by their display name.
     */
    @PreAuthorize(RecruitmentService.CAN_RECRUIT)
    @Transactional
    public byte[] exportTrackerCsv(long cohortId, Locale locale) {
        StringBuilder text = new StringBuilder("\uFEFF");
        int count = 0;
        try (CSVPrinter csv = new CSVPrinter(text, CSVFormat.DEFAULT)) {
            csv.printRecord(TRACKER_COLUMNS.stream().map(key -> texts.text(locale, "hire.csv." + key)).toList());
            int page = 0;
            List<HireRow> rows;
            do {
                rows = recruitment.hires(cohortId, null, null, PageRequest.of(page++, 500)).getContent();
                Map<String, String> recruiters = users.displayNames(rows.stream().map(HireRow::recruiter)
                        .filter(r -> r != null && !r.isBlank()).collect(Collectors.toSet()));
                for (HireRow h : rows) {
                    csv.printRecord(safe(h.name()), safe(h.kana()), safe(h.workplaceName()),
                            texts.value(locale, "hire.employment.", h.employmentType()),
                            Translations.fileDate(h.hireDate(), locale), texts.value(locale, "hire.route.", h.route()),
                            texts.value(locale, "hire.status.", h.status()),
                            texts.value(locale, "hire.decline.", h.declineReason()),
                            texts.value(locale, "hire.stage.", h.stage()),
                            Translations.fileDate(h.nextActionDate(), locale),
                            safe(h.recruiter() == null ? "" : recruiters.getOrDefault(h.recruiter(), h.recruiter())));
                    count++;
                }
            } while (rows.size() == 500);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        events.publishEvent(AuditEntry.now("hire.exported", "cohort", cohortId, String.valueOf(count)));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Cells starting with = + - @ would run as formulas in Excel (CSV injection); a leading quote disarms them. */
    static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
