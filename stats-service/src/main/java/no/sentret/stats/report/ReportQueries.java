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
import java.util.Set;
import java.util.TreeMap;
import no.sentret.stats.facts.Area;
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

    static final String UNKNOWN = "UNKNOWN";

    private final FactSnapshot snapshot;

    public ReportQueries(FactSnapshot snapshot) {
        this.snapshot = snapshot;
    }

    public AnnualReport annual(int year) {
        return snapshot.read(q -> annual(q, year));
    }

    /**
     * One grouped scan of the year's live events (person x month x area), counted distinct here;
     * then the persons' attributes and whether each was seen before the year.
     */
    private AnnualReport annual(Query q, int year) throws SQLException {
        int services = 0;
        Set<String> users = new HashSet<>();
        int[] monthServices = new int[13];
        List<Set<String>> monthUsers = new ArrayList<>();
        for (int m = 0; m <= 12; m++) {
            monthUsers.add(new HashSet<>());
        }
        Map<String, Integer> areaServices = new HashMap<>();
        Map<String, Set<String>> areaUsers = new HashMap<>();
        for (Object[] r : q.rows("with live as (" + FactSnapshot.LIVE + " and e.oslo_year = ?) "
                + "select canon, oslo_month, area, count(*) from live group by 1, 2, 3", year)) {
            String canon = (String) r[0];
            int month = FactSnapshot.num(r[1]);
            String area = (String) r[2];
            int n = FactSnapshot.num(r[3]);
            services += n;
            monthServices[month] += n;
            areaServices.merge(area, n, Integer::sum);
            if (canon != null) {
                users.add(canon);
                monthUsers.get(month).add(canon);
                areaUsers.computeIfAbsent(area, a -> new HashSet<>()).add(canon);
            }
        }
        List<MonthFigures> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(new MonthFigures(YearMonth.of(year, m).toString(), monthUsers.get(m).size(), monthServices[m]));
        }
        List<AreaFigures> areas = new ArrayList<>();
        for (Area a : Area.values()) {
            areas.add(new AreaFigures(a.name(), areaUsers.getOrDefault(a.name(), Set.of()).size(),
                    areaServices.getOrDefault(a.name(), 0)));
        }
        return new AnnualReport(year, users.size(), newUsers(q, year, users), services, months, summary(months), areas,
                demographics(q, users), feedback(q, year));
    }

    /**
     * New users: the year's users whose first seen falls in the year. First seen is never after a
     * user's first service in the year, so a user is new exactly when none of their codes has a
     * service event or a registration date before the year.
     */
    private int newUsers(Query q, int year, Set<String> users) throws SQLException {
        Set<String> seenBefore = new HashSet<>();
        for (Object[] r : q.rows("with live as (" + FactSnapshot.LIVE + " and e.oslo_year < ?) "
                + "select distinct canon from live where canon is not null", year)) {
            seenBefore.add((String) r[0]);
        }
        for (Object[] r : q.rows("select distinct coalesce(a.surviving_code, c.code) from client c "
                + "left join client_alias a on a.gen = c.gen and a.merged_code = c.code "
                + "where c.gen = :gen and c.first_registered_on < ?", java.sql.Date.valueOf(java.time.LocalDate.of(year, 1, 1)))) {
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
        int responses = byScore[1] + byScore[2] + byScore[3] + byScore[4];
        List<ScoreCount> scores = new ArrayList<>();
        for (int s = 1; s <= 4; s++) {
            scores.add(new ScoreCount(s, byScore[s]));
        }
        return new FeedbackFigures(responses, scores, byScore[4], byScore[3], byScore[1] + byScore[2], followUp,
                responses == 0 ? null : (double) followUp / responses);
    }

    public MonthlyReport monthly(YearMonth from, YearMonth to) {
        return snapshot.read(q -> {
            Map<YearMonth, Object[]> found = new HashMap<>();
            for (Object[] r : q.rows("with live as (" + FactSnapshot.LIVE
                    + " and (e.oslo_year * 12 + e.oslo_month) between ? and ?) "
                    + "select oslo_year, oslo_month, count(*), count(distinct canon) from live group by 1, 2",
                    from.getYear() * 12 + from.getMonthValue(), to.getYear() * 12 + to.getMonthValue())) {
                found.put(YearMonth.of(FactSnapshot.num(r[0]), FactSnapshot.num(r[1])), r);
            }
            List<MonthFigures> months = new ArrayList<>();
            for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
                Object[] r = found.get(m);
                months.add(new MonthFigures(m.toString(), r == null ? 0 : FactSnapshot.num(r[3]), r == null ? 0 : FactSnapshot.num(r[2])));
            }
            return new MonthlyReport(from.toString(), to.toString(), months);
        });
    }

    public NationalityShareReport nationalityShare(int fromYear, int toYear) {
        return snapshot.read(q -> {
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
            List<NationalityShareReport.YearShares> years = new ArrayList<>();
            byYear.forEach((year, counts) -> {
                int total = counts.values().stream().mapToInt(Integer::intValue).sum();
                List<NationalityShareReport.Share> shares = new ArrayList<>();
                for (Category c : categories(counts)) {
                    shares.add(new NationalityShareReport.Share(c.category(), c.users(), (double) c.users() / total));
                }
                years.add(new NationalityShareReport.YearShares(year, total, shares));
            });
            return new NationalityShareReport(fromYear, toYear, years);
        });
    }

    static MonthlySummary summary(List<MonthFigures> months) {
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
    static List<Category> categories(Map<String, Integer> counts) {
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
