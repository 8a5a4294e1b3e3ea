package no.sentret.stats.projection;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import no.sentret.stats.facts.Area;
import no.sentret.stats.facts.Fact;
import no.sentret.stats.facts.Vocabulary;
import no.sentret.stats.report.AnnualReport;
import no.sentret.stats.report.MonthFigures;
import no.sentret.stats.report.ReportQueries;
import org.roaringbitmap.RoaringBitmap;

/**
 * One year's figures from {@link FigureProjection}: per-month and per-area presence sets of dense client indexes
 * (Roaring bitmaps, so a distinct count is a cardinality), service counts, new users, feedback; given out as the
 * annual report's own records ({@link #derived}), so the two can be compared figure by figure.
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
    private final int[] healthByCategory = new int[Vocabulary.HEALTH_CATEGORIES.size()];
    private final RoaringBitmap onPrep = new RoaringBitmap();
    private final RoaringBitmap mpoxVaccinated = new RoaringBitmap();
    private final int[] inquiryAnswers = new int[Vocabulary.WOULD_NOT_OTHERWISE.size() + 1]; // the last: none stored
    private final Map<String, Integer> contactsByChannel = new HashMap<>();
    private AnnualReport.Demographics demographics;
    private List<AnnualReport.Count> inquirersByGender;
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
    void service(Area area, int month, int person, long detail) {
        int a = area.ordinal();
        if (area == Area.HEALTH && detail != EventStates.ABSENT) {
            health(detail, person);
        } else if (area == Area.LEGAL) {
            inquiryAnswers[detail == EventStates.ABSENT ? inquiryAnswers.length - 1 : (int) detail]++;
        }
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

    private static final int PREP = Vocabulary.HEALTH_CATEGORIES.indexOf("PREP");
    private static final int VACCINATION = Vocabulary.HEALTH_CATEGORIES.indexOf("VACCINATION");
    private static final int MPOX = Vocabulary.VACCINES.indexOf("MPOX") + 1;
    private static final int PREP_START = Vocabulary.PREP_STAGES.indexOf("START") + 1;
    private static final int PREP_FOLLOW_UP = Vocabulary.PREP_STAGES.indexOf("FOLLOW_UP") + 1;

    /**
     * A recorded event's own categories in one word: a health line's category, vaccine + 1 and PrEP stage + 1 (0: none)
     * a byte each; a legal inquiry's answer.
     */
    static long detail(Fact.Detail detail) {
        if (detail instanceof Fact.HealthDetail h) {
            return Vocabulary.HEALTH_CATEGORIES.indexOf(h.category())
                    | (indexOrNone(Vocabulary.VACCINES, h.vaccine()) + 1) << 8
                    | (indexOrNone(Vocabulary.PREP_STAGES, h.prepStage()) + 1) << 16;
        }
        return Vocabulary.WOULD_NOT_OTHERWISE.indexOf(((Fact.InquiryDetail) detail).wouldNotOtherwise());
    }

    /** -1 for null (an immutable list's {@code indexOf(null)} throws) */
    private static int indexOrNone(List<String> values, String value) {
        return value == null ? -1 : values.indexOf(value);
    }

    private void health(long detail, int person) {
        int category = (int) (detail & 0xFF);
        healthByCategory[category]++;
        if (person < 0) {
            return;
        }
        int vaccine = (int) (detail >>> 8 & 0xFF);
        int stage = (int) (detail >>> 16 & 0xFF);
        if (category == PREP && (stage == PREP_START || stage == PREP_FOLLOW_UP)) {
            onPrep.add(person);
        }
        if (category == VACCINATION && vaccine == MPOX) {
            mpoxVaccinated.add(person);
        }
    }

    /** A non-voided contact of the year; the street's count on their shift, not here. */
    void contact(String channel) {
        if (!Vocabulary.STREET.equals(channel)) {
            contactsByChannel.merge(channel, 1, Integer::sum);
        }
    }

    /**
     * The year's users by the attributes of their root code's client row ({@code ReportQueries.demographics}), and the
     * legal area's persons by gender; a person without a row is UNKNOWN in each.
     */
    void persons(IntFunction<ClientRows.Row> rowOf) {
        Map<String, Integer> genders = new HashMap<>();
        Map<String, Integer> nationalities = new HashMap<>();
        Map<String, Integer> ages = new HashMap<>();
        users.forEach((int person) -> {
            ClientRows.Row row = rowOf.apply(person);
            genders.merge(orUnknown(row == null ? null : row.gender()), 1, Integer::sum);
            nationalities.merge(orUnknown(row == null ? null : row.nationality()), 1, Integer::sum);
            ages.merge(orUnknown(row == null ? null : row.ageGroup()), 1, Integer::sum);
        });
        demographics = new AnnualReport.Demographics(ReportQueries.categories(genders), ReportQueries.categories(nationalities),
                ReportQueries.categories(ages));
        Map<String, Integer> inquirers = new HashMap<>();
        areaUsers[Area.LEGAL.ordinal()].forEach((int person) -> {
            ClientRows.Row row = rowOf.apply(person);
            inquirers.merge(orUnknown(row == null ? null : row.gender()), 1, Integer::sum);
        });
        inquirersByGender = ReportQueries.counts(ReportQueries.gendersAndUnknown(), inquirers);
    }

    private static String orUnknown(String value) {
        return value == null ? ReportQueries.UNKNOWN : value;
    }

    void feedback(int score, boolean followUp) {
        byScore[score]++;
        if (followUp) {
            withFollowUp++;
        }
    }

    /**
     * The annual report's figures that this projection derives, as the report's records: unique and new users,
     * services, the months with their summary, the areas with their months, the demographics, the feedback, and of
     * the areas' own figures those of the frequent events (health lines, legal inquiries, outreach contacts).
     */
    public Derived derived() {
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
        Map<String, Integer> categories = new HashMap<>();
        for (int c = 0; c < healthByCategory.length; c++) {
            categories.put(Vocabulary.HEALTH_CATEGORIES.get(c), healthByCategory[c]);
        }
        Map<String, Integer> answers = new HashMap<>();
        for (int i = 0; i < Vocabulary.WOULD_NOT_OTHERWISE.size(); i++) {
            if (inquiryAnswers[i] > 0) {
                answers.put(Vocabulary.WOULD_NOT_OTHERWISE.get(i), inquiryAnswers[i]);
            }
        }
        return new Derived(year, users.getCardinality(), newUsers, services, months, ReportQueries.summary(months), areas,
                demographics, ReportQueries.feedbackFigures(byScore, withFollowUp),
                new AnnualReport.HealthFigures(ReportQueries.counts(Vocabulary.HEALTH_CATEGORIES, categories), onPrep.getCardinality(),
                        mpoxVaccinated.getCardinality()),
                ReportQueries.Inquiries.of(areaMonthTotal(Area.LEGAL), answers, inquirersByGender),
                contactsByChannel.values().stream().mapToInt(Integer::intValue).sum(),
                ReportQueries.counts(Vocabulary.CHANNELS, contactsByChannel));
    }

    private int areaMonthTotal(Area area) {
        int total = 0;
        for (int m = 1; m <= 12; m++) {
            total += areaMonthServices[area.ordinal()][m];
        }
        return total;
    }

    /** The part of {@link AnnualReport} the projection derives (issue 19; the rest is the rare work records' rows). */
    public record Derived(int year, Integer uniqueUsers, Integer newUsers, Integer servicesGiven, List<MonthFigures> months,
                          AnnualReport.MonthlySummary monthlyUniqueUsers, List<AnnualReport.AreaFigures> areas,
                          AnnualReport.Demographics demographics, AnnualReport.FeedbackFigures feedback,
                          AnnualReport.HealthFigures health, ReportQueries.Inquiries inquiries, Integer contacts,
                          List<AnnualReport.Count> contactsByChannel) {

        public static Derived of(AnnualReport r) {
            return new Derived(r.year(), r.uniqueUsers(), r.newUsers(), r.servicesGiven(), r.months(), r.monthlyUniqueUsers(),
                    r.areas(), r.demographics(), r.feedback(), r.health(), ReportQueries.Inquiries.of(r.legal()), r.outreach().contacts(),
                    r.outreach().contactsByChannel());
        }

        /**
         * The headline's 45 figures by the names of the annual report's JSON (e.g. {@code monthlyUniqueUsers.peak},
         * {@code areas.STUA.services}), as the bench compares them with the service's answer.
         */
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
