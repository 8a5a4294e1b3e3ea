package no.sentret.stats.report;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import no.sentret.platform.problem.ProblemException;

/** Query and path parameters, refused as problem details naming the parameter. */
public final class Params {

    static final int MIN_YEAR = 1990;
    static final int MAX_YEAR = 2200;
    static final int MAX_MONTHS = 240;
    static final int MAX_YEARS = 50;

    private Params() {
    }

    public static int year(String name, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalid(name, "required, a year such as 2022");
        }
        try {
            int year = Integer.parseInt(value.trim());
            if (year < MIN_YEAR || year > MAX_YEAR) {
                throw ProblemException.invalid(name, "must be between " + MIN_YEAR + " and " + MAX_YEAR);
            }
            return year;
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(name, "must be a year such as 2022");
        }
    }

    public static YearMonth month(String name, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalid(name, "required, a month as YYYY-MM");
        }
        try {
            YearMonth month = YearMonth.parse(value.trim());
            if (month.getYear() < MIN_YEAR || month.getYear() > MAX_YEAR) {
                throw ProblemException.invalid(name, "year must be between " + MIN_YEAR + " and " + MAX_YEAR);
            }
            return month;
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name, "must be a month as YYYY-MM");
        }
    }

    public static YearMonth[] monthRange(String from, String to) {
        YearMonth f = month("from", from);
        YearMonth t = month("to", to);
        if (t.isBefore(f)) {
            throw ProblemException.invalid("to", "must not be before from");
        }
        if (f.plusMonths(MAX_MONTHS).isBefore(t.plusMonths(1))) {
            throw ProblemException.invalid("to", "at most " + MAX_MONTHS + " months from from");
        }
        return new YearMonth[] {f, t};
    }

    public static int[] yearRange(String fromYear, String toYear) {
        int f = year("fromYear", fromYear);
        int t = year("toYear", toYear);
        if (t < f) {
            throw ProblemException.invalid("toYear", "must not be before fromYear");
        }
        if (t - f >= MAX_YEARS) {
            throw ProblemException.invalid("toYear", "at most " + MAX_YEARS + " years from fromYear");
        }
        return new int[] {f, t};
    }
}
