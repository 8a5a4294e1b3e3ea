package no.sentret.stats.projection;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.sentret.stats.facts.Area;
import no.sentret.stats.report.AnnualReport;
import no.sentret.stats.report.MonthFigures;
import no.sentret.stats.report.ReportQueries;
import org.roaringbitmap.RoaringBitmap;

/**
 * One year's figures from {@link FigureProjection}: per-month and per-area presence sets of dense client indexes
 * (Roaring bitmaps, so a distinct count is a cardinality), service counts, new users, feedback; given out as the
 * annual report's own records ({@link #headline}), so the two can be compared figure by figure.
 */
public final class YearFigures {

    private static final int AREAS = Area.values().length;

    private final int year;
    private final RoaringBitmap users = new RoaringBitmap();
    private final RoaringBitmap[] monthUsers = new RoaringBitmap[13];
    private final int[] monthServices = new int[13];
    private final RoaringBitmap[] areaUsers = new RoaringBitmap[AREAS];
    private final RoaringBitmap[][] areaMonthUsers = new RoaringBitmap[AREAS][13];
    private final int[][] areaMonthServices = new int[AREAS][13];
    private int services;
    private int newUsers;
    private final int[] byScore = new int[5];
    private int withFollowUp;

    YearFigures(int year) {
        this.year = year;
        for (int m = 1; m <= 12; m++) {
            monthUsers[m] = new RoaringBitmap();
        }
        for (int a = 0; a < AREAS; a++) {
            areaUsers[a] = new RoaringBitmap();
            for (int m = 1; m <= 12; m++) {
                areaMonthUsers[a][m] = new RoaringBitmap();
            }
        }
    }

    /**
     * A live service event of the year; {@code person} is its canonical client index, or -1 for one without a person
     * (an anonymous visit, or an event an erasure unlinked, which still counts as a service as its row does).
     */
    void service(Area area, int month, int person) {
        int a = area.ordinal();
        services++;
        monthServices[month]++;
        areaMonthServices[a][month]++;
        if (person >= 0) {
            users.add(person);
            monthUsers[month].add(person);
            areaUsers[a].add(person);
            areaMonthUsers[a][month].add(person);
        }
    }

    /** @param firstSeen per canonical client index, its first-seen epoch day */
    void newUsers(int[] firstSeen) {
        int from = (int) LocalDate.of(year, 1, 1).toEpochDay();
        int to = (int) LocalDate.of(year + 1, 1, 1).toEpochDay();
        newUsers = 0;
        users.forEach((int person) -> {
            if (firstSeen[person] >= from && firstSeen[person] < to) {
                newUsers++;
            }
        });
    }

    void feedback(int score, boolean followUp) {
        byScore[score]++;
        if (followUp) {
            withFollowUp++;
        }
    }

    /**
     * The annual report's figures that this projection derives, as the report's records: unique and new users,
     * services, the months with their summary, the areas with their months, the feedback.
     */
    public Headline headline() {
        List<MonthFigures> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(new MonthFigures(YearMonth.of(year, m).toString(), monthUsers[m].getCardinality(), monthServices[m]));
        }
        List<AnnualReport.AreaFigures> areas = new ArrayList<>();
        for (Area area : Area.values()) {
            int a = area.ordinal();
            List<AnnualReport.AreaMonth> areaMonths = new ArrayList<>();
            int areaServices = 0;
            for (int m = 1; m <= 12; m++) {
                areaMonths.add(new AnnualReport.AreaMonth(YearMonth.of(year, m).toString(), areaMonthUsers[a][m].getCardinality(),
                        areaMonthServices[a][m]));
                areaServices += areaMonthServices[a][m];
            }
            areas.add(new AnnualReport.AreaFigures(area.name(), areaUsers[a].getCardinality(), areaServices, areaMonths));
        }
        return new Headline(year, users.getCardinality(), newUsers, services, months, ReportQueries.summary(months), areas,
                ReportQueries.feedbackFigures(byScore, withFollowUp));
    }

    /** The part of {@link AnnualReport} the projection derives today (issue 19, step 1). */
    public record Headline(int year, Integer uniqueUsers, Integer newUsers, Integer servicesGiven, List<MonthFigures> months,
                           AnnualReport.MonthlySummary monthlyUniqueUsers, List<AnnualReport.AreaFigures> areas,
                           AnnualReport.FeedbackFigures feedback) {

        public static Headline of(AnnualReport r) {
            return new Headline(r.year(), r.uniqueUsers(), r.newUsers(), r.servicesGiven(), r.months(), r.monthlyUniqueUsers(),
                    r.areas(), r.feedback());
        }

        /** field → value, named as in the annual report's JSON (e.g. {@code monthlyUniqueUsers.peak}, {@code areas.STUA.services}) */
        public List<String[]> named() {
            List<String[]> out = new ArrayList<>();
            out.add(new String[] {"uniqueUsers", String.valueOf(uniqueUsers)});
            out.add(new String[] {"newUsers", String.valueOf(newUsers)});
            out.add(new String[] {"servicesGiven", String.valueOf(servicesGiven)});
            out.add(new String[] {"monthlyUniqueUsers.average", String.format(Locale.ROOT, "%.4f", monthlyUniqueUsers.average())});
            out.add(new String[] {"monthlyUniqueUsers.peak", String.valueOf(monthlyUniqueUsers.peak())});
            out.add(new String[] {"monthlyUniqueUsers.lowest", String.valueOf(monthlyUniqueUsers.lowest())});
            for (AnnualReport.AreaFigures area : areas) {
                out.add(new String[] {"areas." + area.area() + ".uniquePersons", String.valueOf(area.uniquePersons())});
                out.add(new String[] {"areas." + area.area() + ".services", String.valueOf(area.services())});
            }
            for (MonthFigures m : months) {
                out.add(new String[] {"month." + m.month() + ".uniqueUsers", String.valueOf(m.uniqueUsers())});
                out.add(new String[] {"month." + m.month() + ".services", String.valueOf(m.services())});
            }
            out.add(new String[] {"feedback.responses", String.valueOf(feedback.responses())});
            out.add(new String[] {"feedback.top", String.valueOf(feedback.top())});
            out.add(new String[] {"feedback.second", String.valueOf(feedback.second())});
            out.add(new String[] {"feedback.twoLowest", String.valueOf(feedback.twoLowest())});
            out.add(new String[] {"feedback.withFollowUp", String.valueOf(feedback.withFollowUp())});
            return out;
        }
    }
}
