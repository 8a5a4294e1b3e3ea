package no.sentret.stats.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    private AnnualReport annual(Query q, int year) throws SQLException {
        String live = "with live as (" + FactSnapshot.LIVE + " and e.oslo_year = ?) ";
        Object[] totals = q.rows(live + "select count(*), count(distinct canon) from live", year).get(0);
        int services = FactSnapshot.num(totals[0]);
        int uniqueUsers = FactSnapshot.num(totals[1]);

        Map<Integer, Object[]> byMonth = new HashMap<>();
        for (Object[] r : q.rows(live + "select oslo_month, count(*), count(distinct canon) from live group by 1", year)) {
            byMonth.put(FactSnapshot.num(r[0]), r);
        }
        List<MonthFigures> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            Object[] r = byMonth.get(m);
            months.add(new MonthFigures(YearMonth.of(year, m).toString(),
                    r == null ? 0 : FactSnapshot.num(r[2]), r == null ? 0 : FactSnapshot.num(r[1])));
        }

        Map<String, Object[]> byArea = new HashMap<>();
        for (Object[] r : q.rows(live + "select area, count(*), count(distinct canon) from live group by 1", year)) {
            byArea.put((String) r[0], r);
        }
        List<AreaFigures> areas = new ArrayList<>();
        for (Area a : Area.values()) {
            Object[] r = byArea.get(a.name());
            areas.add(new AreaFigures(a.name(), r == null ? 0 : FactSnapshot.num(r[2]), r == null ? 0 : FactSnapshot.num(r[1])));
        }

        return new AnnualReport(year, uniqueUsers, newUsers(q, year), services, months, summary(months), areas,
                demographics(q, year), feedback(q, year));
    }

    /** Unique users of the year whose first seen (earlier of registration and first service event) is in the year. */
    private int newUsers(Query q, int year) throws SQLException {
        return FactSnapshot.num(q.rows("with live as (" + FactSnapshot.LIVE + "), "
                + "users as (select distinct canon from live where oslo_year = ? and canon is not null), "
                + "first_event as (select canon, min(oslo_date) as d from live where canon in (select canon from users) group by canon), "
                + "registered as (select coalesce(a.surviving_code, c.code) as canon, min(c.first_registered_on) as d "
                + "  from client c left join client_alias a on a.gen = c.gen and a.merged_code = c.code where c.gen = :gen group by 1) "
                + "select count(*) from first_event f left join registered r on r.canon = f.canon "
                + "where extract(year from least(f.d, r.d)) = ?", year, year).get(0)[0]);
    }

    private Demographics demographics(Query q, int year) throws SQLException {
        Map<String, Integer> gender = new HashMap<>();
        Map<String, Integer> nationality = new HashMap<>();
        Map<String, Integer> age = new HashMap<>();
        for (Object[] r : q.rows("with live as (" + FactSnapshot.LIVE + " and e.oslo_year = ?), "
                + "users as (select distinct canon from live where canon is not null) "
                + "select c.gender, c.nationality, c.age_group, count(*) from users u "
                + "left join client c on c.gen = :gen and c.code = u.canon group by 1, 2, 3", year)) {
            int n = FactSnapshot.num(r[3]);
            gender.merge(orUnknown(r[0]), n, Integer::sum);
            nationality.merge(orUnknown(r[1]), n, Integer::sum);
            age.merge(orUnknown(r[2]), n, Integer::sum);
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
