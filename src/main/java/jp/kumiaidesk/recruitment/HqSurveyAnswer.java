package jp.kumiaidesk.recruitment;

import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The union's own answers to the prefectural HQ survey of one year: what the tracker cannot count. */
@Entity
@Table(name = "hq_survey_answer")
class HqSurveyAnswer {

    @Id
    @Column(name = "survey_year")
    private int year;

    private String prefecture;

    @Column(name = "union_name")
    private String unionName;

    private String respondent;

    @Column(name = "competitor_federation")
    private String competitorFederation;

    @Column(name = "competitor_members")
    private Integer competitorMembers;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "hq_survey_text", joinColumns = @JoinColumn(name = "survey_year"))
    @MapKeyColumn(name = "question")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "answer", nullable = false)
    private Map<HqQuestion, String> texts = new HashMap<>();

    @Version
    private long version;

    protected HqSurveyAnswer() {
    }

    HqSurveyAnswer(int year) {
        this.year = year;
    }

    /** {@code form} is already checked; empty answers are not kept. */
    void apply(HqSurveyForm form) {
        this.prefecture = form.prefecture();
        this.unionName = form.unionName();
        this.respondent = form.respondent();
        this.competitorFederation = form.competitorFederation();
        this.competitorMembers = form.competitorMembers();
        for (HqQuestion q : HqQuestion.values()) {
            String answer = form.answer(q);
            if (answer.isEmpty()) {
                texts.remove(q);
            } else if (!answer.equals(texts.get(q))) {
                texts.put(q, answer);
            }
        }
    }

    HqSurveyForm toForm() {
        return new HqSurveyForm(year, version, prefecture, unionName, respondent, competitorFederation,
                competitorMembers, texts);
    }

    long getVersion() {
        return version;
    }
}
