package jp.kumiaidesk.base;

/**
 * A service refused a value. Views show {@link #messageKey()} (a translation key) next to the field named
 * {@link #field()}, and keep everything the user typed.
 */
public class FieldRejectedException extends RuntimeException {

    private final String field;
    private final String messageKey;

    public FieldRejectedException(String field, String messageKey) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
