package jp.kumiaidesk.newsletter;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
class NewsletterLine {

    @Column(nullable = false)
    private String demand;

    private String answer;

    protected NewsletterLine() {
    }

    NewsletterLine(String demand, String answer) {
        this.demand = demand;
        this.answer = answer;
    }

    NewsletterRow toRow() {
        return new NewsletterRow(demand, answer == null ? "" : answer);
    }
}
