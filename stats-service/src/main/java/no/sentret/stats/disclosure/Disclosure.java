package no.sentret.stats.disclosure;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import no.sentret.stats.disclosure.SuppressionTable.Cell;
import no.sentret.stats.report.AnnualReport;
import no.sentret.stats.report.AnnualReport.AreaFigures;
import no.sentret.stats.report.AnnualReport.Category;
import no.sentret.stats.report.MonthFigures;
import no.sentret.stats.report.NationalityShareReport;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Turns the analysts' figures into the municipality's: each table goes through
 * {@link SuppressionTable} with the marginals a reader of that table can see.
 */
@ApplicationScoped
public class Disclosure {

    private final int threshold;

    public Disclosure(@ConfigProperty(name = "sentret.stats.suppression-threshold", defaultValue = "3") int threshold) {
        this.threshold = threshold;
    }

    public int threshold() {
        return threshold;
    }

    /**
     * Marginals of the annual report: uniqueUsers = each demographic breakdown's sum; servicesGiven =
     * the areas' services and the months' services; the monthly average = (sum of the twelve monthly
     * unique counts) / 12; responses = top + second + twoLowest = withFollowUp + (those without).
     */
    public AnnualReport annual(AnnualReport r) {
        SuppressionTable t = new SuppressionTable();
        Cell users = t.cell(r.uniqueUsers());
        Cell newUsers = t.cell(r.newUsers());
        Cell services = t.cell(r.servicesGiven());

        MonthCells months = months(t, r.months(), services);

        List<Cell> areaUsers = t.cells(map(r.areas(), AreaFigures::uniquePersons));
        List<Cell> areaServices = t.cells(map(r.areas(), AreaFigures::services));
        t.sumOf(services, areaServices);

        List<Cell> gender = breakdown(t, users, r.demographics().gender());
        List<Cell> nationality = breakdown(t, users, r.demographics().nationality());
        List<Cell> age = breakdown(t, users, r.demographics().ageGroup());

        AnnualReport.FeedbackFigures f = r.feedback();
        Cell responses = t.cell(f.responses());
        Cell top = t.cell(f.top());
        Cell second = t.cell(f.second());
        Cell lowest = t.cell(f.twoLowest());
        t.sumOf(responses, List.of(top, second, lowest));
        Cell withFollowUp = t.cell(f.withFollowUp());
        Cell withoutFollowUp = t.cell(f.responses() - f.withFollowUp());
        t.sumOf(responses, List.of(withFollowUp, withoutFollowUp));

        t.suppress(threshold);

        List<AreaFigures> areas = new ArrayList<>();
        for (int i = 0; i < r.areas().size(); i++) {
            areas.add(new AreaFigures(r.areas().get(i).area(), areaUsers.get(i).published(), areaServices.get(i).published()));
        }
        boolean shareKnown = !responses.suppressed() && !withFollowUp.suppressed() && f.responses() > 0;
        return new AnnualReport(r.year(), users.published(), newUsers.published(), services.published(),
                months.published(), months.summary(r.monthlyUniqueUsers()), areas,
                new AnnualReport.Demographics(published(r.demographics().gender(), gender),
                        published(r.demographics().nationality(), nationality), published(r.demographics().ageGroup(), age)),
                new AnnualReport.FeedbackFigures(responses.published(), null, top.published(), second.published(),
                        lowest.published(), withFollowUp.published(), shareKnown ? f.followUpShare() : null));
    }

    /** Just the twelve months of a year, with the same marginals as in the annual report. */
    public List<MonthFigures> yearOfMonths(List<MonthFigures> twelve) {
        SuppressionTable t = new SuppressionTable();
        Cell services = t.cell(twelve.stream().mapToInt(MonthFigures::services).sum());
        MonthCells months = months(t, twelve, services);
        t.suppress(threshold);
        return months.published();
    }

    public NationalityShareReport nationalityShare(NationalityShareReport r) {
        List<NationalityShareReport.YearShares> years = new ArrayList<>();
        for (NationalityShareReport.YearShares y : r.years()) {
            SuppressionTable t = new SuppressionTable();
            Cell total = t.cell(y.uniqueUsers());
            List<Cell> cells = t.cells(map(y.nationalities(), NationalityShareReport.Share::users));
            t.sumOf(total, cells);
            t.suppress(threshold);
            List<NationalityShareReport.Share> shares = new ArrayList<>();
            for (int i = 0; i < cells.size(); i++) {
                NationalityShareReport.Share s = y.nationalities().get(i);
                // a share with the total published gives the count away: both go together
                boolean known = !cells.get(i).suppressed() && !total.suppressed();
                shares.add(new NationalityShareReport.Share(s.nationality(), cells.get(i).published(), known ? s.share() : null));
            }
            years.add(new NationalityShareReport.YearShares(y.year(), total.published(), shares));
        }
        return new NationalityShareReport(r.fromYear(), r.toYear(), years);
    }

    private record MonthCells(List<MonthFigures> source, Cell sum, List<Cell> users, List<Cell> services) {

        List<MonthFigures> published() {
            List<MonthFigures> result = new ArrayList<>();
            for (int i = 0; i < source.size(); i++) {
                result.add(new MonthFigures(source.get(i).month(), users.get(i).published(), services.get(i).published()));
            }
            return result;
        }

        /** Peak and lowest are copies of month cells: hidden with them. The average is the sum's cell. */
        AnnualReport.MonthlySummary summary(AnnualReport.MonthlySummary s) {
            return new AnnualReport.MonthlySummary(sum.suppressed() ? null : s.average(),
                    s.peakMonth(), cellOf(s.peakMonth()), s.lowestMonth(), cellOf(s.lowestMonth()));
        }

        private Integer cellOf(String month) {
            for (int i = 0; i < source.size(); i++) {
                if (source.get(i).month().equals(month)) {
                    return users.get(i).published();
                }
            }
            return null;
        }
    }

    private static MonthCells months(SuppressionTable t, List<MonthFigures> months, Cell servicesTotal) {
        List<Cell> users = t.cells(map(months, MonthFigures::uniqueUsers));
        Cell sum = t.cell(months.stream().mapToInt(MonthFigures::uniqueUsers).sum());
        t.sumOf(sum, users);
        List<Cell> services = t.cells(map(months, MonthFigures::services));
        t.sumOf(servicesTotal, services);
        return new MonthCells(months, sum, users, services);
    }

    private static List<Cell> breakdown(SuppressionTable t, Cell total, List<Category> categories) {
        List<Cell> cells = t.cells(map(categories, Category::users));
        t.sumOf(total, cells);
        return cells;
    }

    private static List<Category> published(List<Category> categories, List<Cell> cells) {
        List<Category> result = new ArrayList<>();
        for (int i = 0; i < categories.size(); i++) {
            result.add(new Category(categories.get(i).category(), cells.get(i).published()));
        }
        return result;
    }

    private static <T> List<Integer> map(List<T> items, Function<T, Integer> f) {
        return items.stream().map(f).toList();
    }
}
