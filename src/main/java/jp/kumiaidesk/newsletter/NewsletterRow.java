package jp.kumiaidesk.newsletter;

/** One line of the demand-vs-answer table (要求項目 / 当局回答). */
public record NewsletterRow(String demand, String answer) {
}
