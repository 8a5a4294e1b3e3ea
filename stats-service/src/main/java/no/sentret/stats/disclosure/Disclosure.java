package no.sentret.stats.disclosure;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import no.sentret.stats.disclosure.SuppressionTable.Cell;
import no.sentret.stats.facts.Area;
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
    private final int width;

    public Disclosure(@ConfigProperty(name = "sentret.stats.suppression-threshold", defaultValue = "3") int threshold,
                      @ConfigProperty(name = "sentret.stats.protection-width", defaultValue = "3") int width) {
        this.threshold = threshold;
        this.width = width;
    }

    public int threshold() {
        return threshold;
    }

    /**
     * Marginals of the annual report: uniqueUsers = each demographic breakdown's sum; servicesGiven =
     * the areas' services and the months' services; an area's services = its months', a month's services =
     * its areas' (the area-month table); the monthly average = (sum of the twelve monthly
     * unique counts) / 12; responses = top + second + twoLowest = withFollowUp + (those without).
     */
    public AnnualReport annual(AnnualReport r) {
        SuppressionTable t = new SuppressionTable();
        Cell users = t.cell(r.uniqueUsers());
        Cell newUsers = t.cell(r.newUsers());
        Cell services = t.cell(r.servicesGiven());

        MonthCells months = months(t, r.months(), services);
        // a named peak (lowest) month tells the reader that no month is above (below) its count
        Cell peakMonth = months.cell(r.monthlyUniqueUsers().peakMonth());
        Cell lowestMonth = months.cell(r.monthlyUniqueUsers().lowestMonth());
        if (peakMonth != null && lowestMonth != null) {
            t.noneAbove(peakMonth, months.users());
            t.noneBelow(lowestMonth, months.users());
        }

        List<Cell> areaUsers = t.cells(map(r.areas(), AreaFigures::uniquePersons));
        List<Cell> areaServices = t.cells(map(r.areas(), AreaFigures::services));
        t.sumOf(services, areaServices);
        AreaMonthCells areaMonths = areaMonths(t, r.areas(), areaServices, months.services());

        // every category of the contract, zeros included and in a fixed order: which categories have
        // users, and which is larger, would otherwise tell a reader about the hidden ones
        List<Category> genderList = PublicCategories.gender(r.demographics().gender());
        List<Category> nationalityList = PublicCategories.nationality(r.demographics().nationality());
        List<Category> ageList = PublicCategories.ageGroup(r.demographics().ageGroup());
        List<Cell> gender = breakdown(t, users, genderList);
        List<Cell> nationality = breakdown(t, users, nationalityList);
        List<Cell> age = breakdown(t, users, ageList);

        AnnualReport.FeedbackFigures f = r.feedback();
        Cell responses = t.cell(f.responses());
        Cell top = t.cell(f.top());
        Cell second = t.cell(f.second());
        Cell lowest = t.cell(f.twoLowest());
        t.sumOf(responses, List.of(top, second, lowest));
        Cell withFollowUp = t.cell(f.withFollowUp());
        Cell withoutFollowUp = t.cell(f.responses() - f.withFollowUp());
        t.sumOf(responses, List.of(withFollowUp, withoutFollowUp));

        Cell healthServices = areaServices.get(Area.HEALTH.ordinal());
        Cell legalServices = areaServices.get(Area.LEGAL.ordinal());
        Cell legalPersons = areaUsers.get(Area.LEGAL.ordinal());
        AreaCells areaCells = areaCells(t, r, healthServices, legalServices, legalPersons);

        t.suppress(threshold, width);

        List<AreaFigures> areas = new ArrayList<>();
        for (int i = 0; i < r.areas().size(); i++) {
            areas.add(new AreaFigures(r.areas().get(i).area(), areaUsers.get(i).published(), areaServices.get(i).published(),
                    areaMonths.published(i, r.areas().get(i).months())));
        }
        boolean shareKnown = !responses.suppressed() && !withFollowUp.suppressed() && f.responses() > 0;
        return new AnnualReport(r.year(), users.published(), newUsers.published(), services.published(),
                months.published(), months.summary(r.monthlyUniqueUsers()), areas,
                new AnnualReport.Demographics(published(genderList, gender),
                        published(nationalityList, nationality), published(ageList, age)),
                new AnnualReport.FeedbackFigures(responses.published(), null, top.published(), second.published(),
                        lowest.published(), withFollowUp.published(), shareKnown ? f.followUpShare() : null),
                areaCells.health(r.health()), areaCells.legal(r.legal()), areaCells.outreach(r.outreach()));
    }

    /**
     * An area's months: its services add up to the area's services, and each month's services over
     * the areas to the month's (the reader has both margins); the persons are distinct counts, no sum.
     */
    private static AreaMonthCells areaMonths(SuppressionTable t, List<AreaFigures> areas, List<Cell> areaServices,
                                             List<Cell> monthServices) {
        List<List<Cell>> users = new ArrayList<>();
        List<List<Cell>> services = new ArrayList<>();
        for (int a = 0; a < areas.size(); a++) {
            List<AnnualReport.AreaMonth> months = areas.get(a).months();
            users.add(t.cells(map(months, AnnualReport.AreaMonth::uniquePersons)));
            services.add(t.cells(map(months, AnnualReport.AreaMonth::services)));
            t.sumOf(areaServices.get(a), services.get(a));
        }
        for (int m = 0; m < monthServices.size(); m++) {
            int month = m;
            t.sumOf(monthServices.get(m), services.stream().map(area -> area.get(month)).toList());
        }
        return new AreaMonthCells(users, services);
    }

    private record AreaMonthCells(List<List<Cell>> users, List<List<Cell>> services) {

        List<AnnualReport.AreaMonth> published(int area, List<AnnualReport.AreaMonth> months) {
            List<AnnualReport.AreaMonth> result = new ArrayList<>();
            for (int m = 0; m < months.size(); m++) {
                result.add(new AnnualReport.AreaMonth(months.get(m).month(), users.get(area).get(m).published(),
                        services.get(area).get(m).published()));
            }
            return result;
        }
    }

    /**
     * The areas' own tables, in the annual report's suppression table so that a count shared with
     * it (the HEALTH area's services = the categories' sum; the LEGAL area's services = inquiries =
     * the answers' sum; the LEGAL area's persons = the inquirers' genders' sum) is one cell.
     * Marginals: shifts = by status; casesOpened = by area = by outcome; contacts = by channel;
     * assignments = by kind; each ad site's ads = its weeks. The rest stand alone (primary rule).
     */
    private AreaCells areaCells(SuppressionTable t, AnnualReport r, Cell healthServices, Cell inquiries, Cell inquirers) {
        AreaCells a = new AreaCells();
        AnnualReport.HealthFigures h = r.health();
        a.healthCategories = t.cells(counts(h.servicesByCategory()));
        t.sumOf(healthServices, a.healthCategories);
        a.prep = t.cell(h.personsOnPrep());
        a.mpox = t.cell(h.personsVaccinatedMpox());

        AnnualReport.LegalFigures l = r.legal();
        a.shifts = t.cell(l.shifts());
        a.shiftStatuses = t.cells(counts(l.shiftsByStatus()));
        t.sumOf(a.shifts, a.shiftStatuses);
        a.inquiries = inquiries;
        a.answers = t.cells(counts(l.wouldNotOtherwise()));
        t.sumOf(inquiries, a.answers);
        a.casesOpened = t.cell(l.casesOpened());
        a.caseAreas = t.cells(counts(l.casesByArea()));
        t.sumOf(a.casesOpened, a.caseAreas);
        a.caseOutcomes = t.cells(counts(l.casesByOutcome()));
        t.sumOf(a.casesOpened, a.caseOutcomes);
        a.inquirerGenders = t.cells(counts(l.inquirersByGender()));
        t.sumOf(inquirers, a.inquirerGenders);

        AnnualReport.OutreachFigures o = r.outreach();
        a.contacts = t.cell(o.contacts());
        a.channels = t.cells(counts(o.contactsByChannel()));
        t.sumOf(a.contacts, a.channels);
        a.streetShifts = t.cell(o.streetShifts());
        a.streetContacts = t.cell(o.streetShiftContacts());
        a.handOuts = t.cells(counts(o.handOuts()));
        a.assignments = t.cell(o.assignments());
        a.assignmentKinds = t.cells(counts(o.assignmentsByKind()));
        t.sumOf(a.assignments, a.assignmentKinds);
        for (AnnualReport.AdSite site : o.adSites()) {
            Cell ads = t.cell(site.ads());
            List<Cell> weeks = t.cells(map(site.weeks(), AnnualReport.WeekCount::ads));
            t.sumOf(ads, weeks);
            a.adTotals.add(ads);
            a.adWeeks.add(weeks);
        }
        return a;
    }

    /** The cells of the areas' tables, and the published figures once the table is suppressed. */
    private static final class AreaCells {
        List<Cell> healthCategories;
        Cell prep;
        Cell mpox;
        Cell shifts;
        List<Cell> shiftStatuses;
        Cell inquiries;
        List<Cell> answers;
        Cell casesOpened;
        List<Cell> caseAreas;
        List<Cell> caseOutcomes;
        List<Cell> inquirerGenders;
        Cell contacts;
        List<Cell> channels;
        Cell streetShifts;
        Cell streetContacts;
        List<Cell> handOuts;
        Cell assignments;
        List<Cell> assignmentKinds;
        final List<Cell> adTotals = new ArrayList<>();
        final List<List<Cell>> adWeeks = new ArrayList<>();

        AnnualReport.HealthFigures health(AnnualReport.HealthFigures h) {
            return new AnnualReport.HealthFigures(published(h.servicesByCategory(), healthCategories), prep.published(),
                    mpox.published());
        }

        AnnualReport.LegalFigures legal(AnnualReport.LegalFigures l) {
            // the share YES / (YES + NO) gives both away: published only when both are
            boolean shareKnown = !answers.get(0).suppressed() && !answers.get(1).suppressed();
            return new AnnualReport.LegalFigures(shifts.published(), published(l.shiftsByStatus(), shiftStatuses),
                    inquiries.published(), published(l.wouldNotOtherwise(), answers),
                    shareKnown ? l.wouldNotOtherwiseShare() : null, casesOpened.published(),
                    published(l.casesByArea(), caseAreas), published(l.casesByOutcome(), caseOutcomes),
                    published(l.inquirersByGender(), inquirerGenders));
        }

        AnnualReport.OutreachFigures outreach(AnnualReport.OutreachFigures o) {
            List<AnnualReport.AdSite> sites = new ArrayList<>();
            for (int i = 0; i < o.adSites().size(); i++) {
                AnnualReport.AdSite s = o.adSites().get(i);
                boolean total = !adTotals.get(i).suppressed();
                List<AnnualReport.WeekCount> weeks = new ArrayList<>();
                for (int w = 0; w < s.weeks().size(); w++) {
                    weeks.add(new AnnualReport.WeekCount(s.weeks().get(w).week(), adWeeks.get(i).get(w).published()));
                }
                // the average (and the change from it) gives the total away: hidden with it, last year's too
                sites.add(new AnnualReport.AdSite(s.site(), s.weeksCounted(), adTotals.get(i).published(),
                        total ? s.averagePerWeek() : null, total ? s.previousYearAveragePerWeek() : null,
                        total ? s.yearOverYearChange() : null, weeks));
            }
            return new AnnualReport.OutreachFigures(contacts.published(), published(o.contactsByChannel(), channels),
                    streetShifts.published(), streetContacts.published(), published(o.handOuts(), handOuts),
                    assignments.published(), published(o.assignmentsByKind(), assignmentKinds), sites);
        }

        private static List<AnnualReport.Count> published(List<AnnualReport.Count> counts, List<Cell> cells) {
            List<AnnualReport.Count> result = new ArrayList<>();
            for (int i = 0; i < counts.size(); i++) {
                result.add(new AnnualReport.Count(counts.get(i).category(), cells.get(i).published()));
            }
            return result;
        }
    }

    private static List<Integer> counts(List<AnnualReport.Count> counts) {
        return map(counts, AnnualReport.Count::count);
    }

    /**
     * The nationality shares of each year as that year's public annual report publishes its
     * nationalities: one suppression per year, so the two documents never tell more together.
     *
     * @param annual the analysts' annual report of a year
     */
    public NationalityShareReport.YearShares nationalityShare(AnnualReport annual) {
        AnnualReport published = annual(annual);
        Integer total = published.uniqueUsers();
        List<NationalityShareReport.Share> shares = new ArrayList<>();
        for (Category c : published.demographics().nationality()) {
            // a share with the total published gives the count away: both go together
            boolean known = c.users() != null && total != null && total > 0;
            shares.add(new NationalityShareReport.Share(c.category(), c.users(), known ? (double) c.users() / total : null));
        }
        return new NationalityShareReport.YearShares(annual.year(), total, shares);
    }

    private record MonthCells(List<MonthFigures> source, Cell sum, List<Cell> users, List<Cell> services) {

        List<MonthFigures> published() {
            List<MonthFigures> result = new ArrayList<>();
            for (int i = 0; i < source.size(); i++) {
                result.add(new MonthFigures(source.get(i).month(), users.get(i).published(), services.get(i).published()));
            }
            return result;
        }

        /**
         * Peak and lowest are copies of month cells: hidden with them, their month's name too (naming
         * the peak says every other month is smaller). The average is the sum's cell.
         */
        AnnualReport.MonthlySummary summary(AnnualReport.MonthlySummary s) {
            Integer peak = cellOf(s.peakMonth());
            Integer lowest = cellOf(s.lowestMonth());
            return new AnnualReport.MonthlySummary(sum.suppressed() ? null : s.average(),
                    peak == null ? null : s.peakMonth(), peak, lowest == null ? null : s.lowestMonth(), lowest);
        }

        private Integer cellOf(String month) {
            Cell c = cell(month);
            return c == null ? null : c.published();
        }

        Cell cell(String month) {
            for (int i = 0; i < source.size(); i++) {
                if (source.get(i).month().equals(month)) {
                    return users.get(i);
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
