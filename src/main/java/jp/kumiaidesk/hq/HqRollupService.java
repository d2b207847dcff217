package jp.kumiaidesk.hq;

import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kumiaidesk.audit.AuditEntry;
import jp.kumiaidesk.base.Roles;
import jp.kumiaidesk.base.SystemAuthentication;
import jp.kumiaidesk.base.TransactionRetry;

/**
 * The prefectural HQ's roll-up of the unions' survey sheets: upload (a union's sheet of a year replaces its earlier
 * one), the roll-up, and the combined workbook. Only the HQ role: a union's own officers do not see other unions.
 */
@Service
public class HqRollupService {

    private final UnionSheetRepository sheets;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final MessageSource messages;
    private final TransactionRetry retry;

    HqRollupService(UnionSheetRepository sheets, ApplicationEventPublisher events, Clock clock,
            MessageSource messages, TransactionRetry retry) {
        this.retry = retry;
        this.sheets = sheets;
        this.events = events;
        this.clock = clock;
        this.messages = messages;
    }

    /**
     * Reads every union sheet of the workbook into the roll-up of {@code year}; a sheet that states another year, or
     * names no union, is refused and says why. Nothing of a refused file is kept.
     */
    @PreAuthorize(Roles.IS_HQ)
    public List<UploadOutcome> upload(int year, String fileName, byte[] bytes) {
        return retry.inTransaction("upload of " + fileName + " into the roll-up of " + year, () -> {
            String file = fileName == null || fileName.isBlank() ? "?" : fileName.strip();
            if (file.length() > 200) {
                file = file.substring(0, 200);
            }
            List<ParsedSheet> parsed;
            try {
                parsed = UnionSheetReader.read(bytes);
            } catch (SpreadsheetUpload.Refused refused) {
                events.publishEvent(AuditEntry.now("hq.sheet.refused", "hq_union_sheet", year, file));
                return List.of(new UploadOutcome(file, null, null, UploadOutcome.Result.REJECTED,
                        List.of(new SheetProblem(refused.messageKey(), file))));
            }
            List<UploadOutcome> outcomes = new ArrayList<>();
            Set<String> thisFile = new HashSet<>();
            for (ParsedSheet sheet : parsed) {
                List<SheetProblem> problems = new ArrayList<>(sheet.problems());
                if (sheet.statedYear() != null && sheet.statedYear() != year) {
                    problems.addFirst(new SheetProblem("hq.rejected.other-year", String.valueOf(sheet.statedYear())));
                }
                String key = sheet.unionName() == null ? null : unionKey(sheet.unionName());
                if (key != null && !thisFile.add(key)) {
                    problems.addFirst(new SheetProblem("hq.rejected.same-union-twice", sheet.unionName()));
                }
                if (problems.stream().anyMatch(SheetProblem::fatal)) {
                    outcomes.add(new UploadOutcome(file, sheet.sheetName(), sheet.unionName(),
                            UploadOutcome.Result.REJECTED, problems));
                    continue;
                }
                outcomes.add(store(year, file, sheet, problems));
            }
            events.publishEvent(AuditEntry.now("hq.sheet.uploaded", "hq_union_sheet", year, file + ": "
                    + outcomes.stream().filter(o -> o.result() != UploadOutcome.Result.REJECTED).count() + "/"
                    + outcomes.size()));
            return outcomes;
        });
    }

    /** Stores a readable sheet, replacing the union's sheet of the year if there is one. */
    UploadOutcome store(int year, String file, ParsedSheet sheet, List<SheetProblem> problems) {
        String key = unionKey(sheet.unionName());
        var existing = sheets.findLockedByYearAndUnionKey(year, key);
        UnionSheet stored = existing.orElseGet(() -> new UnionSheet(year, key));
        stored.apply(sheet, file, clock.instant(), SystemAuthentication.currentActor());
        sheets.saveAndFlush(stored);
        return new UploadOutcome(file, sheet.sheetName(), sheet.unionName(),
                existing.isPresent() ? UploadOutcome.Result.REPLACED : UploadOutcome.Result.STORED, problems);
    }

    @PreAuthorize(Roles.IS_HQ)
    @Transactional(readOnly = true)
    public HqRollup rollup(int year) {
        return new HqRollup(year, sheets.findByYearOrderByUnionNameAsc(year).stream().map(UnionSheet::toRow)
                .toList());
    }

    /** A union's sheet taken out of the roll-up (uploaded by mistake). */
    @PreAuthorize(Roles.IS_HQ)
    @Transactional
    public void remove(long sheetId) {
        sheets.findById(sheetId).ifPresent(sheet -> {
            sheets.delete(sheet);
            events.publishEvent(AuditEntry.now("hq.sheet.removed", "hq_union_sheet", sheetId,
                    sheet.toRow().unionName()));
        });
    }

    /** The roll-up as one workbook: the table with totals, the answers per question, and the problems. */
    @PreAuthorize(Roles.IS_HQ)
    @Transactional(readOnly = true)
    public byte[] exportXlsx(int year, Locale locale) {
        byte[] xlsx = HqRollupWorkbook.write(rollup(year), key -> messages.getMessage(key, null, locale),
                p -> describe(p, locale));
        events.publishEvent(AuditEntry.now("hq.rollup.exported", "hq_union_sheet", year, null));
        return xlsx;
    }

    /** A problem in the user's words: "新規採用者数 がありません". */
    public String describe(SheetProblem problem, Locale locale) {
        return messages.getMessage(problem.key(), new Object[] {problem.argument()}, problem.key(), locale);
    }

    static String unionKey(String unionName) {
        return Normalizer.normalize(unionName, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }
}
