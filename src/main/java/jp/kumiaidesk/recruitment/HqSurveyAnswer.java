package jp.kumiaidesk.recruitment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The union's own answers to the prefectural HQ survey of one year: what the tracker cannot count. */
@Entity
@Table(name = "hq_survey_answer")
class HqSurveyAnswer {

    @Id
    @Column(name = "survey_year")
    private int year;

    @Column(name = "competitor_members")
    private Integer competitorMembers;

    @Column(name = "how_we_recruit")
    private String howWeRecruit;

    private String troubles;

    @Version
    private long version;

    protected HqSurveyAnswer() {
    }

    HqSurveyAnswer(int year) {
        this.year = year;
    }

    void apply(HqSurveyForm form) {
        this.competitorMembers = form.competitorMembers();
        this.howWeRecruit = form.howWeRecruit();
        this.troubles = form.troubles();
    }

    HqSurveyForm toForm() {
        return new HqSurveyForm(year, version, competitorMembers, howWeRecruit, troubles);
    }

    long getVersion() {
        return version;
    }
}
