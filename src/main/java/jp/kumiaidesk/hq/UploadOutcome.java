package jp.kumiaidesk.hq;

import java.util.List;

/** What became of one sheet of an upload: stored, replacing the union's earlier sheet, or refused (and why). */
public record UploadOutcome(String fileName, String sheetName, String unionName, Result result,
        List<SheetProblem> problems) {

    public enum Result {
        STORED, REPLACED, REJECTED;

        public String translationKey() {
            return "hq.result." + name();
        }
    }

    public UploadOutcome {
        problems = List.copyOf(problems);
    }
}
