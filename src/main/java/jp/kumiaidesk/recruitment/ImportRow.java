package jp.kumiaidesk.recruitment;

import java.time.LocalDate;
import java.util.List;

/**
 * One line of an appointment list as read: the values (normalised, not yet matched to a workplace), and the
 * translation keys of what is wrong with it. {@code line} is the line number a user sees in Excel.
 */
public record ImportRow(int line, String name, String kana, String workplace, EmploymentType employmentType,
        LocalDate hireDate, HireRoute route, HireStatus status, String recruiter, List<String> errors) {

    public boolean valid() {
        return errors.isEmpty();
    }

    ImportRow withRecruiter(String username) {
        return new ImportRow(line, name, kana, workplace, employmentType, hireDate, route, status, username, errors);
    }

    ImportRow withErrors(List<String> more) {
        List<String> all = new java.util.ArrayList<>(errors);
        more.stream().filter(e -> !all.contains(e)).forEach(all::add);
        return new ImportRow(line, name, kana, workplace, employmentType, hireDate, route, status, recruiter,
                List.copyOf(all));
    }
}
