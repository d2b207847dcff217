package jp.kumiaidesk.newsletter;

/**
 * What happened to a published newsletter's mail on one list.
 *
 * @param addresses  how many addresses the list had at publish time
 * @param handedOver how many of them the mail server accepted
 */
public record NewsletterDelivery(String listName, int addresses, int handedOver, Status status) {

    public enum Status {
        /** Publishing committed, the mail is being handed over. */
        PENDING,
        /** Every address was handed to the mail server. */
        SENT,
        /** The server refused some addresses. */
        PARTLY,
        /** The server accepted none. */
        FAILED,
        /** No mail server is configured: the mail was only written to the log. */
        NOT_CONFIGURED;

        public String translationKey() {
            return "newsletter.delivery." + name();
        }
    }
}
