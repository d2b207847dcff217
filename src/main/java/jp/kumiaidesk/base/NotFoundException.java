package jp.kumiaidesk.base;

/** The record does not exist, or the current user may not know that it does. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
