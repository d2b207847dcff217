package jp.kumiaidesk.bargaining;

import java.time.LocalDate;

public record SeasonView(long id, String name, LocalDate startsOn) {

    public static final int NAME_MAX_LENGTH = 100;
}
