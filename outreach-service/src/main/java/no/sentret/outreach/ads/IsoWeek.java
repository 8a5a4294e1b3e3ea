package no.sentret.outreach.ads;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.sentret.platform.problem.ProblemException;

/** An ISO 8601 week, written 2022-W18: weeks start on Monday, week 1 holds the year's first Thursday. */
public record IsoWeek(int year, int week) {

    public static final String PATTERN = "^\\d{4}-W\\d{2}$";
    private static final Pattern FORMAT = Pattern.compile("^(\\d{4})-W(\\d{2})$");

    public static IsoWeek parse(String text, String field) {
        Matcher m = text == null ? null : FORMAT.matcher(text);
        if (m == null || !m.matches()) {
            throw ProblemException.invalid(field, "must be an ISO week such as 2022-W18");
        }
        int year = Integer.parseInt(m.group(1));
        int week = Integer.parseInt(m.group(2));
        if (year < 2000 || week < 1 || week > weeksIn(year)) {
            throw ProblemException.invalid(field, "is not a week of its year (weeks 1-52, or 53 in a long year; years from 2000)");
        }
        return new IsoWeek(year, week);
    }

    public static int weeksIn(int year) {
        return (int) LocalDate.of(year, 6, 1).range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
    }

    /** The Monday of the week. */
    public LocalDate monday() {
        return LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    @Override
    public String toString() {
        return String.format("%04d-W%02d", year, week);
    }
}
