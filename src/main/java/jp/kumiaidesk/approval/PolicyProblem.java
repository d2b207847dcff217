package jp.kumiaidesk.approval;

import java.util.List;

/**
 * Why a policy cannot be met for some author with today's users, in words: a translation key, its arguments
 * (display names and numbers), and the form field the administrator changes to fix it.
 */
public record PolicyProblem(String field, String messageKey, List<Object> args) {

    public Object[] arguments() {
        return args.toArray();
    }
}
