package jp.kumiaidesk.workplace;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.html.Span;

/**
 * What an organization rate is made of, said next to it: "3月31日の人数＋新規採用 39人（加入 6）" — the counted
 * headcounts and the hires since.
 */
public class RateBasis extends Span {

    public RateBasis(LocalDate countedOn, HeadcountChange change) {
        addClassName("kd-muted");
        addClassName("kd-rate-basis");
        setText(text(countedOn, change));
    }

    private String text(LocalDate countedOn, HeadcountChange change) {
        if (countedOn == null) {
            return getTranslation("workplace.rate-basis.undated");
        }
        String day = countedOn.format(DateTimeFormatter.ofPattern(getTranslation("workplace.counted-on.pattern"),
                getLocale()));
        return getTranslation("workplace.rate-basis", day, change.hires(), change.joined());
    }
}
