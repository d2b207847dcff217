package jp.kumiaidesk.hq;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;

import jp.kumiaidesk.base.AbstractEntity;
import jp.kumiaidesk.recruitment.HqQuestion;

/** One union's sheet of one survey year as the HQ received it: the figures and answers, and its problems. */
@Entity
@Table(name = "hq_union_sheet")
class UnionSheet extends AbstractEntity {

    @Column(name = "survey_year", nullable = false, updatable = false)
    private int year;

    /** The union's name folded (width, spaces), so a re-typed name still replaces the same union's sheet. */
    @Column(name = "union_key", nullable = false, updatable = false)
    private String unionKey;

    @Column(name = "union_name", nullable = false)
    private String unionName;

    private String prefecture;

    @Column(name = "competitor_federation")
    private String competitorFederation;

    @Column(name = "our_members")
    private Integer ourMembers;

    @Column(name = "competitor_members")
    private Integer competitorMembers;

    @Column(name = "our_rate")
    private Double ourRate;

    @Column(name = "competitor_rate")
    private Double competitorRate;

    @Column(name = "as_of")
    private String asOf;

    @Column(name = "non_members")
    private Integer nonMembers;

    private Integer hires;

    private Integer joined;

    @Column(name = "competitor_joined")
    private Integer competitorJoined;

    @Column(name = "not_joined")
    private Integer notJoined;

    private String problems;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "hq_union_answer", joinColumns = @JoinColumn(name = "sheet_id"))
    @MapKeyColumn(name = "question")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "answer", nullable = false)
    private Map<HqQuestion, String> answers = new HashMap<>();

    protected UnionSheet() {
    }

    UnionSheet(int year, String unionKey) {
        this.year = year;
        this.unionKey = unionKey;
    }

    void apply(ParsedSheet sheet, String fileName, Instant now, String by) {
        this.unionName = sheet.unionName();
        this.prefecture = sheet.prefecture();
        this.competitorFederation = sheet.competitorFederation();
        this.ourMembers = sheet.ourMembers();
        this.competitorMembers = sheet.competitorMembers();
        this.ourRate = sheet.ourRate();
        this.competitorRate = sheet.competitorRate();
        this.asOf = sheet.asOf();
        this.nonMembers = sheet.nonMembers();
        this.hires = sheet.hires();
        this.joined = sheet.joined();
        this.competitorJoined = sheet.competitorJoined();
        this.notJoined = sheet.notJoined();
        this.problems = SheetProblem.store(sheet.problems());
        this.fileName = fileName;
        this.uploadedAt = now;
        this.uploadedBy = by;
        answers.clear();
        answers.putAll(sheet.answers());
    }

    UnionRow toRow() {
        return new UnionRow(getId(), unionName, prefecture, competitorFederation, ourMembers, competitorMembers,
                ourRate, competitorRate, asOf, nonMembers, hires, joined, competitorJoined, notJoined, answers,
                SheetProblem.load(problems), fileName, uploadedAt);
    }
}
