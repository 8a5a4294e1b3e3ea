package no.sentret.stats.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import no.sentret.stats.facts.Area;
import no.sentret.stats.facts.Vocabulary;
import no.sentret.stats.projection.ProjectedFigures;
import no.sentret.stats.projection.YearFigures;
import no.sentret.stats.report.AnnualReport.AreaFigures;
import no.sentret.stats.report.AnnualReport.Category;
import no.sentret.stats.report.AnnualReport.Demographics;
import no.sentret.stats.report.AnnualReport.FeedbackFigures;
import no.sentret.stats.report.AnnualReport.MonthlySummary;
import no.sentret.stats.report.AnnualReport.ScoreCount;
import no.sentret.stats.report.FactSnapshot.Query;

/**
 * The figures, as exact distinct counts over the facts (see README "Counting"). A year is its own
 * distinct count, never a sum of months.
 */
@ApplicationScoped
public class ReportQueries {

    public static final String UNKNOWN = "UNKNOWN";
    /** the genders of the contract's ClientRegistered, in its order */
    static final List<String> GENDERS = no.sentret.stats.facts.Vocabulary.GENDERS;
    /** a case opened in the year: still open, or closed with its outcome */
    static final List<String> CASE_STATES = List.of("OPEN", "RESOLVED_ON_SITE", "REFERRED");

    private final FactSnapshot snapshot;
    private final ProjectedFigures projection;

    public ReportQueries(FactSnapshot snapshot, ProjectedFigures projection) {
        this.snapshot = snapshot;
        this.projection = projection;
    }

    /** The year's figures: from the projection where it answers (issue 19), from the rows otherwise. */
    public AnnualReport annual(int year) {
        return snapshot.read(q -> {
            Optional<YearFigures.Derived> projected = projection.annual(q, year);
            return projected.isPresent() ? annual(q, year, projected.get()) : annual(q, year);
        });
    }

    /** The year's figures from the rows alone: what the projection is held to (ProjectionMatchesReportTest). */
    public AnnualReport annualFromRows(int year) {
        return snapshot.read(q -> annual(q, year));
    }

    /** The projection's figures, with the rare work records' (shifts, cases, street shifts, assignments, ads) from the rows. */
    private AnnualReport annual(Query q, int year, YearFigures.Derived d) throws SQLException {
        return new AnnualReport(year, d.uniqueUsers(), d.newUsers(), d.servicesGiven(), d.months(), d.monthlyUniqueUsers(),
                d.areas(), d.demographics(), d.feedback(), d.health(), legal(q, year, d), outreach(q, year, d));
    }

    /**
     * One grouped scan of the year's live events (person x month x area), counted distinct here;
     * then the persons' attributes and whether each was seen before the year.
     */
    private AnnualReport annual(Query q, int year) throws SQLException {
        int services = 0;
        Set<String> users = new HashSet<>();
        int[] monthServices = new int[13];
        List<Set<String>> monthUsers = emptyMonths();
        Map<String, Set<String>> areaUsers = new HashMap<>();
        Map<String, int[]> areaMonthServices = new HashMap<>();
        Map<String, List<Set<String>>> areaMonthUsers = new HashMap<>();
        for (Object[] r : q.rows("with live as (" + FactSnapshot.LIVE + " and e.oslo_year = ?) "
                + "select canon, oslo_month, area, count(*) from live group by 1, 2, 3", year)) {
            String canon = (String) r[0];
            int month = FactSnapshot.num(r[1]);
            String area = (String) r[2];
            int n = FactSnapshot.num(r[3]);
            services += n;
            monthServices[month] += n;
            areaMonthServices.computeIfAbsent(area, a -> new int[13])[month] += n;
            if (canon != null) {
                users.add(canon);
                monthUsers.get(month).add(canon);
                areaUsers.computeIfAbsent(area, a -> new HashSet<>()).add(canon);
                areaMonthUsers.computeIfAbsent(area, a -> emptyMonths()).get(month).add(canon);
            }
        }
        List<MonthFigures> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(new MonthFigures(YearMonth.of(year, m).toString(), monthUsers.get(m).size(), monthServices[m]));
        }
        List<AreaFigures> areas = new ArrayList<>();
        for (Area a : Area.values()) {
            int[] aServices = areaMonthServices.getOrDefault(a.name(), new int[13]);
            List<Set<String>> aUsers = areaMonthUsers.getOrDefault(a.name(), emptyMonths());
            List<AnnualReport.AreaMonth> areaMonths = new ArrayList<>();
            for (int m = 1; m <= 12; m++) {
                areaMonths.add(new AnnualReport.AreaMonth(YearMonth.of(year, m).toString(), aUsers.get(m).size(), aServices[m]));
            }
            // an area's year is the sum of its months
            areas.add(new AreaFigures(a.name(), areaUsers.getOrDefault(a.name(), Set.of()).size(),
                    java.util.Arrays.stream(aServices).sum(), areaMonths));
        }
        return new AnnualReport(year, users.size(), newUsers(q, year, users), services, months, summary(months), areas,
                demographics(q, users), feedback(q, year), health(q, year), legal(q, year, null), outreach(q, year, null));
    }

    /** Index 0 unused, 1..12 the months. */
    private static List<Set<String>> emptyMonths() {
        List<Set<String>> months = new ArrayList<>(13);
        for (int m = 0; m <= 12; m++) {
            months.add(new HashSet<>());
        }
        return months;
    }

    /** Live health lines of the year (their service_event counts) with the line's categories and the person. */
    private AnnualReport.HealthFigures health(Query q, int year) throws SQLException {
        Map<String, Integer> byCategory = new HashMap<>();
        for (Object[] r : q.rows("select h.category, count(*) from service_event e join health_service_line h "
                + "on h.gen = e.gen and h.source = e.source and h.id = e.id "
                + "where e.gen = :gen and e.recorded and not e.voided and e.oslo_year = ? group by 1", year)) {
            byCategory.put((String) r[0], FactSnapshot.num(r[1]));
        }
        String persons = "select count(distinct coalesce(a.surviving_code, e.client_code)) from service_event e "
                + "join health_service_line h on h.gen = e.gen and h.source = e.source and h.id = e.id "
                + "left join client_alias a on a.gen = e.gen and a.merged_code = e.client_code "
                + "where e.gen = :gen and e.recorded and not e.voided and e.oslo_year = ? and e.client_code is not null and ";
        int prep = FactSnapshot.num(q.rows(persons + "h.category = 'PREP' and h.prep_stage in ('START', 'FOLLOW_UP')", year).get(0)[0]);
        int mpox = FactSnapshot.num(q.rows(persons + "h.category = 'VACCINATION' and h.vaccine = 'MPOX'", year).get(0)[0]);
        return new AnnualReport.HealthFigures(counts(Vocabulary.HEALTH_CATEGORIES, byCategory), prep, mpox);
    }

    /** @param projected the inquiries' figures from the projection, or null to count them in the rows */
    private AnnualReport.LegalFigures legal(Query q, int year, YearFigures.Derived projected) throws SQLException {
        Map<String, Integer> shifts = new HashMap<>();
        for (Object[] r : q.rows("select status, count(*) from legal_shift where gen = :gen "
                + "and shift_date >= ? and shift_date < ? group by 1", yearStart(year), yearStart(year + 1))) {
            shifts.put((String) r[0], FactSnapshot.num(r[1]));
        }
        Map<String, Integer> byArea = new HashMap<>();
        Map<String, Integer> byOutcome = new HashMap<>();
        int opened = 0;
        for (Object[] r : q.rows("select area, coalesce(outcome, 'OPEN'), count(*) from legal_case where gen = :gen "
                + "and not voided and area is not null and opened_on >= ? and opened_on < ? group by 1, 2",
                yearStart(year), yearStart(year + 1))) {
            int n = FactSnapshot.num(r[2]);
            opened += n;
            byArea.merge((String) r[0], n, Integer::sum);
            byOutcome.merge((String) r[1], n, Integer::sum);
        }
        Inquiries inquiries = projected != null ? projected.inquiries() : inquiries(q, year);
        return new AnnualReport.LegalFigures(shifts.values().stream().mapToInt(Integer::intValue).sum(),
                counts(Vocabulary.SHIFT_STATUSES, shifts), inquiries.inquiries(), inquiries.wouldNotOtherwise(),
                inquiries.wouldNotOtherwiseShare(), opened, counts(Vocabulary.LEGAL_AREAS, byArea),
                counts(CASE_STATES, byOutcome), inquiries.inquirersByGender());
    }

    /** The legal inquiries' part of {@link AnnualReport.LegalFigures}: the frequent events', which the projection derives too. */
    public record Inquiries(Integer inquiries, List<AnnualReport.Count> wouldNotOtherwise, Double wouldNotOtherwiseShare,
                            List<AnnualReport.Count> inquirersByGender) {

        /** @param answers inquiries per answer to 'would you otherwise have sought a lawyer' */
        public static Inquiries of(int inquiries, Map<String, Integer> answers, List<AnnualReport.Count> inquirersByGender) {
            int yes = answers.getOrDefault("YES", 0);
            int asked = yes + answers.getOrDefault("NO", 0);
            return new Inquiries(inquiries, counts(Vocabulary.WOULD_NOT_OTHERWISE, answers), asked == 0 ? null : (double) yes / asked,
                    inquirersByGender);
        }

        public static Inquiries of(AnnualReport.LegalFigures legal) {
            return new Inquiries(legal.inquiries(), legal.wouldNotOtherwise(), legal.wouldNotOtherwiseShare(), legal.inquirersByGender());
        }
    }

    /** the genders of the contract with UNKNOWN last: the inquirers' categories */
    public static List<String> gendersAndUnknown() {
        List<String> genders = new ArrayList<>(GENDERS);
        genders.add(UNKNOWN);
        return genders;
    }

    private Inquiries inquiries(Query q, int year) throws SQLException {
        Map<String, Integer> answers = new HashMap<>();
        int inquiries = 0;
        for (Object[] r : q.rows("select i.would_not_otherwise, count(*) from service_event e left join legal_inquiry i "
                + "on i.gen = e.gen and i.source = e.source and i.id = e.id "
                + "where e.gen = :gen and e.area = 'LEGAL' and e.recorded and not e.voided and e.oslo_year = ? group by 1", year)) {
            int n = FactSnapshot.num(r[1]);
            inquiries += n;
            if (r[0] != null) {
                answers.put((String) r[0], n);
            }
        }
        Map<String, Integer> gender = new HashMap<>();
        for (Object[] r : q.rows("with live as (" + FactSnapshot.LIVE + " and e.oslo_year = ? and e.area = 'LEGAL'), "
                + "persons as (select distinct canon from live where canon is not null) "
                + "select coalesce(c.gender, '" + UNKNOWN + "'), count(*) from persons p "
                + "left join client c on c.gen = :gen and c.code = p.canon group by 1", year)) {
            gender.merge((String) r[0], FactSnapshot.num(r[1]), Integer::sum);
        }
        return Inquiries.of(inquiries, answers, counts(gendersAndUnknown(), gender));
    }

    /** @param projected the contacts' figures from the projection, or null to count them in the rows */
    private AnnualReport.OutreachFigures outreach(Query q, int year, YearFigures.Derived projected) throws SQLException {
        Map<String, Integer> channels = new HashMap<>();
        if (projected == null) {
            // street contacts that named a client count towards unique users, not as messages (the shift counts its contacts)
            for (Object[] r : q.rows("select channel, count(*) from outreach_contact where gen = :gen and recorded and not voided "
                    + "and oslo_year = ? and channel is distinct from '" + Vocabulary.STREET + "' group by 1", year)) {
                channels.put((String) r[0], FactSnapshot.num(r[1]));
            }
        }
        Object[] shifts = q.rows("select count(*), coalesce(sum(contacts), 0) from street_shift where gen = :gen and oslo_year = ? and not voided",
                year).get(0);
        Map<String, Integer> handOuts = new HashMap<>();
        for (Object[] r : q.rows("select h.kind, sum(h.quantity) from street_hand_out h join street_shift s "
                + "on s.gen = h.gen and s.id = h.shift_id where h.gen = :gen and s.oslo_year = ? and not s.voided group by 1", year)) {
            handOuts.put((String) r[0], FactSnapshot.num(r[1]));
        }
        Map<String, Integer> kinds = new HashMap<>();
        for (Object[] r : q.rows("select kind, count(*) from assignment where gen = :gen and oslo_year = ? and not voided group by 1", year)) {
            kinds.put((String) r[0], FactSnapshot.num(r[1]));
        }
        Map<String, Map<Integer, Integer>> weeks = new TreeMap<>();
        Map<String, int[]> previous = new HashMap<>();
        for (Object[] r : q.rows("select site, week_year, week, ads from ad_site_week where gen = :gen and not voided "
                + "and week_year in (?, ?) and ads is not null order by site, week_year, week", year - 1, year)) {
            String site = (String) r[0];
            int weekYear = FactSnapshot.num(r[1]);
            if (weekYear == year) {
                weeks.computeIfAbsent(site, k -> new TreeMap<>()).put(FactSnapshot.num(r[2]), FactSnapshot.num(r[3]));
            } else {
                int[] p = previous.computeIfAbsent(site, k -> new int[2]);
                p[0]++;
                p[1] += FactSnapshot.num(r[3]);
            }
        }
        List<AnnualReport.AdSite> sites = new ArrayList<>();
        for (Map.Entry<String, Map<Integer, Integer>> e : weeks.entrySet()) {
            List<AnnualReport.WeekCount> list = new ArrayList<>();
            int ads = 0;
            for (Map.Entry<Integer, Integer> w : e.getValue().entrySet()) {
                list.add(new AnnualReport.WeekCount(String.format("%04d-W%02d", year, w.getKey()), w.getValue()));
                ads += w.getValue();
            }
            double average = (double) ads / list.size();
            int[] p = previous.get(e.getKey());
            Double before = p == null ? null : (double) p[1] / p[0];
            Double change = before == null || before == 0 ? null : (average - before) / before;
            sites.add(new AnnualReport.AdSite(e.getKey(), list.size(), ads, average, before, change, list));
        }
        return new AnnualReport.OutreachFigures(
                projected != null ? projected.contacts() : channels.values().stream().mapToInt(Integer::intValue).sum(),
                projected != null ? projected.contactsByChannel() : counts(Vocabulary.CHANNELS, channels),
                FactSnapshot.num(shifts[0]), FactSnapshot.num(shifts[1]),
                counts(Vocabulary.HAND_OUT_KINDS, handOuts), kinds.values().stream().mapToInt(Integer::intValue).sum(),
                counts(Vocabulary.ASSIGNMENT_KINDS, kinds), sites);
    }

    /** Every category in the given order, zeros included. */
    public static List<AnnualReport.Count> counts(List<String> categories, Map<String, Integer> found) {
        List<AnnualReport.Count> result = new ArrayList<>();
        for (String c : categories) {
            result.add(new AnnualReport.Count(c, found.getOrDefault(c, 0)));
        }
        return result;
    }

    private static java.sql.Date yearStart(int year) {
        return java.sql.Date.valueOf(java.time.LocalDate.of(year, 1, 1));
    }

    /**
     * New users: the year's users whose first seen falls in the year. First seen is never after a
     * user's first service in the year, so a user is new exactly when none of their codes has a
     * service event or a registration date before the year (nor was seen in a frozen year before it:
     * those events are under pseudonyms, their first date kept in {@code client.frozen_first_seen}).
     */
    private int newUsers(Query q, int year, Set<String> users) throws SQLException {
        Set<String> seenBefore = new HashSet<>();
        for (Object[] r : q.rows("with live as (" + FactSnapshot.LIVE + " and e.oslo_year < ?) "
                + "select distinct canon from live where canon is not null", year)) {
            seenBefore.add((String) r[0]);
        }
        for (Object[] r : q.rows("select distinct coalesce(a.surviving_code, c.code) from client c "
                + "left join client_alias a on a.gen = c.gen and a.merged_code = c.code "
                // least() skips nulls: registered before the year, or seen in a frozen year before it
                + "where c.gen = :gen and least(c.first_registered_on, c.frozen_first_seen) < ?", java.sql.Date.valueOf(java.time.LocalDate.of(year, 1, 1)))) {
            seenBefore.add((String) r[0]);
        }
        int count = 0;
        for (String u : users) {
            if (!seenBefore.contains(u)) {
                count++;
            }
        }
        return count;
    }

    private Demographics demographics(Query q, Set<String> users) throws SQLException {
        Map<String, Integer> gender = new HashMap<>();
        Map<String, Integer> nationality = new HashMap<>();
        Map<String, Integer> age = new HashMap<>();
        int known = 0;
        for (Object[] r : q.rows("select c.gender, c.nationality, c.age_group, count(*) from client c "
                + "where c.gen = :gen and c.code = any(?) group by 1, 2, 3", (Object) users.toArray(new String[0]))) {
            int n = FactSnapshot.num(r[3]);
            known += n;
            gender.merge(orUnknown(r[0]), n, Integer::sum);
            nationality.merge(orUnknown(r[1]), n, Integer::sum);
            age.merge(orUnknown(r[2]), n, Integer::sum);
        }
        int unknown = users.size() - known; // persons whose surviving code was never registered here
        if (unknown > 0) {
            gender.merge(UNKNOWN, unknown, Integer::sum);
            nationality.merge(UNKNOWN, unknown, Integer::sum);
            age.merge(UNKNOWN, unknown, Integer::sum);
        }
        return new Demographics(categories(gender), categories(nationality), categories(age));
    }

    private FeedbackFigures feedback(Query q, int year) throws SQLException {
        int[] byScore = new int[5];
        int followUp = 0;
        for (Object[] r : q.rows("select score, count(*), count(*) filter (where has_follow_up) from feedback "
                + "where gen = :gen and oslo_year = ? group by score", year)) {
            byScore[FactSnapshot.num(r[0])] = FactSnapshot.num(r[1]);
            followUp += FactSnapshot.num(r[2]);
        }
        return feedbackFigures(byScore, followUp);
    }

    /** @param byScore responses per score 1-4 (index 0 unused) */
    public static FeedbackFigures feedbackFigures(int[] byScore, int followUp) {
        int responses = byScore[1] + byScore[2] + byScore[3] + byScore[4];
        List<ScoreCount> scores = new ArrayList<>();
        for (int s = 1; s <= 4; s++) {
            scores.add(new ScoreCount(s, byScore[s]));
        }
        return new FeedbackFigures(responses, scores, byScore[4], byScore[3], byScore[1] + byScore[2], followUp,
                responses == 0 ? null : (double) followUp / responses);
    }

    /** Unique users and services per month: an open year's months from the projection (issue 19), a frozen year's from the rows. */
    public MonthlyReport monthly(YearMonth from, YearMonth to) {
        return monthly(from, to, true);
    }

    /** The monthly figures from the rows alone: what the projection is held to (ProjectionMatchesReportTest). */
    public MonthlyReport monthlyFromRows(YearMonth from, YearMonth to) {
        return monthly(from, to, false);
    }

    private MonthlyReport monthly(YearMonth from, YearMonth to, boolean useProjection) {
        return snapshot.read(q -> {
            Map<Integer, YearFigures.Derived> projected = this.projected(q, years(from.getYear(), to.getYear()), useProjection);
            Map<YearMonth, MonthFigures> found = new HashMap<>();
            for (YearFigures.Derived year : projected.values()) {
                for (MonthFigures m : year.months()) {
                    found.put(YearMonth.parse(m.month()), m);
                }
            }
            if (projected.size() < to.getYear() - from.getYear() + 1) {
                found.putAll(monthsFromRows(q, from, to, projected.keySet()));
            }
            List<MonthFigures> months = new ArrayList<>();
            for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
                months.add(found.getOrDefault(m, new MonthFigures(m.toString(), 0, 0)));
            }
            return new MonthlyReport(from.toString(), to.toString(), months);
        });
    }

    /** The months of the range in the rows, but those of the years the projection answered. */
    private static Map<YearMonth, MonthFigures> monthsFromRows(Query q, YearMonth from, YearMonth to, Set<Integer> answered)
            throws SQLException {
        Map<YearMonth, MonthFigures> found = new HashMap<>();
        // the years too, though the months imply them: the period index can skip pages by year, not by the sum
        for (Object[] r : q.rows("with live as (" + FactSnapshot.LIVE
                + " and e.oslo_year between ? and ? and (e.oslo_year * 12 + e.oslo_month) between ? and ?) "
                + "select oslo_year, oslo_month, count(*), count(distinct canon) from live group by 1, 2",
                from.getYear(), to.getYear(), from.getYear() * 12 + from.getMonthValue(), to.getYear() * 12 + to.getMonthValue())) {
            YearMonth m = YearMonth.of(FactSnapshot.num(r[0]), FactSnapshot.num(r[1]));
            if (!answered.contains(m.getYear())) {
                found.put(m, new MonthFigures(m.toString(), FactSnapshot.num(r[3]), FactSnapshot.num(r[2])));
            }
        }
        return found;
    }

    /** Each year's users by nationality: an open year's from the projection (issue 19), a frozen year's from the rows. */
    public NationalityShareReport nationalityShare(int fromYear, int toYear) {
        return nationalityShare(fromYear, toYear, true);
    }

    /** The nationality shares from the rows alone: what the projection is held to (ProjectionMatchesReportTest). */
    public NationalityShareReport nationalityShareFromRows(int fromYear, int toYear) {
        return nationalityShare(fromYear, toYear, false);
    }

    private NationalityShareReport nationalityShare(int fromYear, int toYear, boolean useProjection) {
        return snapshot.read(q -> {
            Map<Integer, YearFigures.Derived> projected = this.projected(q, years(fromYear, toYear), useProjection);
            Map<Integer, List<Category>> byYear = new TreeMap<>();
            projected.forEach((year, figures) -> byYear.put(year, figures.demographics().nationality()));
            if (projected.size() < toYear - fromYear + 1) {
                nationalitiesFromRows(q, fromYear, toYear).forEach(byYear::putIfAbsent);
            }
            List<NationalityShareReport.YearShares> years = new ArrayList<>();
            byYear.forEach((year, nationalities) -> {
                int total = nationalities.stream().mapToInt(Category::users).sum();
                List<NationalityShareReport.Share> shares = new ArrayList<>();
                for (Category c : nationalities) {
                    shares.add(new NationalityShareReport.Share(c.category(), c.users(), (double) c.users() / total));
                }
                years.add(new NationalityShareReport.YearShares(year, total, shares));
            });
            return new NationalityShareReport(fromYear, toYear, years);
        });
    }

    /** Each year's users by their root code's nationality in the rows (UNKNOWN without a client row), every year of the range. */
    private static Map<Integer, List<Category>> nationalitiesFromRows(Query q, int fromYear, int toYear) throws SQLException {
        Map<Integer, Map<String, Integer>> byYear = new TreeMap<>();
        for (int y = fromYear; y <= toYear; y++) {
            byYear.put(y, new HashMap<>());
        }
        for (Object[] r : q.rows("with live as (" + FactSnapshot.LIVE + " and e.oslo_year between ? and ?), "
                + "users as (select distinct oslo_year, canon from live where canon is not null) "
                + "select u.oslo_year, c.nationality, count(*) from users u "
                + "left join client c on c.gen = :gen and c.code = u.canon group by 1, 2", fromYear, toYear)) {
            byYear.get(FactSnapshot.num(r[0])).merge(orUnknown(r[1]), FactSnapshot.num(r[2]), Integer::sum);
        }
        Map<Integer, List<Category>> categories = new TreeMap<>();
        byYear.forEach((year, counts) -> categories.put(year, categories(counts)));
        return categories;
    }

    /** the open years' figures from the projection where it answers; none (the rows answer) otherwise */
    private Map<Integer, YearFigures.Derived> projected(Query q, List<Integer> years, boolean useProjection) throws SQLException {
        return useProjection ? projection.years(q, years).orElse(Map.of()) : Map.of();
    }

    private static List<Integer> years(int from, int to) {
        return IntStream.rangeClosed(from, to).boxed().toList();
    }

    /** The mean, peak and lowest of the twelve months' unique users (the first month wins a tie). */
    public static MonthlySummary summary(List<MonthFigures> months) {
        MonthFigures peak = months.get(0);
        MonthFigures lowest = months.get(0);
        int sum = 0;
        for (MonthFigures m : months) {
            sum += m.uniqueUsers();
            if (m.uniqueUsers() > peak.uniqueUsers()) {
                peak = m;
            }
            if (m.uniqueUsers() < lowest.uniqueUsers()) {
                lowest = m;
            }
        }
        return new MonthlySummary(sum / 12.0, peak.month(), peak.uniqueUsers(), lowest.month(), lowest.uniqueUsers());
    }

    /** Largest first, then by name; categories with no users are left out. */
    public static List<Category> categories(Map<String, Integer> counts) {
        Map<String, Integer> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .forEachOrdered(e -> sorted.put(e.getKey(), e.getValue()));
        List<Category> result = new ArrayList<>();
        sorted.forEach((k, v) -> result.add(new Category(k, v)));
        return result;
    }

    private static String orUnknown(Object value) {
        return value == null ? UNKNOWN : (String) value;
    }
}
