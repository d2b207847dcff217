package jp.kumiaidesk.recruitment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kumiaidesk.audit.AuditEntry;
import jp.kumiaidesk.base.ConcurrentEditException;
import jp.kumiaidesk.base.FieldRejectedException;
import jp.kumiaidesk.base.Translations;
import jp.kumiaidesk.security.UserService;
import jp.kumiaidesk.workplace.OrganizationRate;
import jp.kumiaidesk.workplace.WorkplaceService;

/** The prefectural HQ survey (answers kept per year, .xlsx export) and the audited CSV export of the tracker. */
@Service
public class HqSurveyService {

    static final String CAN_REPORT = "hasAnyRole('EXECUTIVE', 'ADMIN')";
    public static final String FIELD_COMPETITOR = "competitorMembers";
    public static final String FIELD_HOW = "howWeRecruit";
    public static final String FIELD_TROUBLES = "troubles";

    private final HqSurveyAnswerRepository answers;
    private final RecruitmentService recruitment;
    private final WorkplaceService workplaces;
    private final ApplicationEventPublisher events;
    private final Translations texts;
    private final UserService users;

    private static final List<String> TRACKER_COLUMNS = List.of("name", "kana", "workplace", "employment",
            "hire-date", "route", "status", "decline-reason", "stage", "next-action-date", "recruiter");

    HqSurveyService(HqSurveyAnswerRepository answers, RecruitmentService recruitment, WorkplaceService workplaces,
            ApplicationEventPublisher events, Translations texts, UserService users) {
        this.texts = texts;
        this.users = users;
        this.answers = answers;
        this.recruitment = recruitment;
        this.workplaces = workplaces;
        this.events = events;
    }

    @PreAuthorize(CAN_REPORT)
    @Transactional(readOnly = true)
    public HqSurveyForm answers(int year) {
        return answers.findById(year).map(HqSurveyAnswer::toForm)
                .orElse(new HqSurveyForm(year, -1, null, "", ""));
    }

    @PreAuthorize(CAN_REPORT)
    @Transactional
    public void save(HqSurveyForm form) {
        if (form.competitorMembers() != null && form.competitorMembers() < 0) {
            throw new FieldRejectedException(FIELD_COMPETITOR, "validation.negative");
        }
        String how = checkText(FIELD_HOW, form.howWeRecruit());
        String troubles = checkText(FIELD_TROUBLES, form.troubles());
        // version -1: the user started from "no answers yet"; anything stored since then is someone else's
        Optional<HqSurveyAnswer> stored = answers.findById(form.year());
        if (stored.map(a -> a.getVersion() != form.version()).orElse(false)) {
            throw new ConcurrentEditException("hq_survey_answer", form.year());
        }
        HqSurveyAnswer answer = stored.orElseGet(() -> new HqSurveyAnswer(form.year()));
        answer.apply(new HqSurveyForm(form.year(), form.version(), form.competitorMembers(), how, troubles));
        answers.saveAndFlush(answer);
        events.publishEvent(AuditEntry.now("survey.saved", "hq_survey_answer", form.year(), null));
    }

    private static String checkText(String field, String text) {
        String value = text == null ? "" : text.strip();
        if (value.length() > HqSurveyForm.TEXT_MAX_LENGTH) {
            throw new FieldRejectedException(field, "validation.too-long");
        }
        if (value.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
            throw new FieldRejectedException(field, "validation.control-characters");
        }
        return value;
    }

    /** The survey of {@code year} with the figures of {@code cohortCode} (the newest cohort when null). */
    @PreAuthorize(CAN_REPORT)
    @Transactional(readOnly = true)
    public HqSurvey survey(int year, String cohortCode) {
        HqSurveyForm form = answers(year);
        OrganizationRate union = workplaces.unionRate();
        Optional<RecruitmentDashboard> dashboard = recruitment.dashboard(cohortCode);
        Integer nonMembers = form.competitorMembers() == null ? null
                : Math.max(0, union.staff() - union.members() - form.competitorMembers());
        return new HqSurvey(year, dashboard.map(RecruitmentDashboard::cohort).orElse(null), union.members(),
                form.competitorMembers(), union.staff(), union.formatted(), nonMembers,
                dashboard.map(RecruitmentDashboard::total).orElse(Funnel.EMPTY), form.howWeRecruit(),
                form.troubles());
    }

    /** The survey as the .xlsx the prefectural HQ collects. */
    @PreAuthorize(CAN_REPORT)
    @Transactional
    public byte[] exportXlsx(int year, String cohortCode) {
        HqSurvey survey = survey(year, cohortCode);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "KumiaiDesk", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("実態共有用アンケート");
            sheet.value(0, 0, "県本部 実態共有用アンケート");
            sheet.style(0, 0).bold().set();
            int row = 2;
            for (String[] line : survey.lines()) {
                sheet.value(row, 0, line[0]);
                sheet.style(row, 0).bold().set();
                sheet.value(row, 1, line[1]);
                sheet.style(row, 1).wrapText(true).set();
                row++;
            }
            sheet.width(0, 44);
            sheet.width(1, 60);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        events.publishEvent(AuditEntry.now("survey.exported", "hq_survey_answer", year, cohortCode));
        return out.toByteArray();
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
