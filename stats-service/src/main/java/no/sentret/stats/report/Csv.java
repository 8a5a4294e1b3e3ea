package no.sentret.stats.report;

import java.util.List;

/**
 * The reports as CSV for spreadsheets (Accept: text/csv). An empty value is a suppressed count
 * (public figures) or a figure that does not exist (an average of no responses).
 */
public final class Csv {

    public static final String MEDIA_TYPE = "text/csv";

    private Csv() {
    }

    /** Long format: section, key, value. */
    public static String annual(AnnualReport r) {
        StringBuilder b = new StringBuilder("section,key,value\n");
        row(b, "year", "uniqueUsers", r.uniqueUsers());
        row(b, "year", "newUsers", r.newUsers());
        row(b, "year", "servicesGiven", r.servicesGiven());
        for (MonthFigures m : r.months()) {
            row(b, "monthUniqueUsers", m.month(), m.uniqueUsers());
            row(b, "monthServices", m.month(), m.services());
        }
        AnnualReport.MonthlySummary s = r.monthlyUniqueUsers();
        row(b, "monthlyUniqueUsers", "average", s.average());
        row(b, "monthlyUniqueUsers", "peak " + s.peakMonth(), s.peak());
        row(b, "monthlyUniqueUsers", "lowest " + s.lowestMonth(), s.lowest());
        for (AnnualReport.AreaFigures a : r.areas()) {
            row(b, "areaUniquePersons", a.area(), a.uniquePersons());
            row(b, "areaServices", a.area(), a.services());
        }
        for (AnnualReport.AreaFigures a : r.areas()) {
            for (AnnualReport.AreaMonth m : a.months()) {
                row(b, "areaMonthUniquePersons", a.area() + " " + m.month(), m.uniquePersons());
                row(b, "areaMonthServices", a.area() + " " + m.month(), m.services());
            }
        }
        categories(b, "gender", r.demographics().gender());
        categories(b, "nationality", r.demographics().nationality());
        categories(b, "ageGroup", r.demographics().ageGroup());
        AnnualReport.FeedbackFigures f = r.feedback();
        row(b, "feedback", "responses", f.responses());
        if (f.scores() != null) {
            for (AnnualReport.ScoreCount sc : f.scores()) {
                row(b, "feedbackScore", Integer.toString(sc.score()), sc.responses());
            }
        }
        row(b, "feedback", "top", f.top());
        row(b, "feedback", "second", f.second());
        row(b, "feedback", "twoLowest", f.twoLowest());
        row(b, "feedback", "withFollowUp", f.withFollowUp());
        row(b, "feedback", "followUpShare", f.followUpShare());
        AnnualReport.HealthFigures h = r.health();
        counts(b, "healthServices", h.servicesByCategory());
        row(b, "health", "personsOnPrep", h.personsOnPrep());
        row(b, "health", "personsVaccinatedMpox", h.personsVaccinatedMpox());
        AnnualReport.LegalFigures l = r.legal();
        row(b, "legal", "shifts", l.shifts());
        counts(b, "legalShifts", l.shiftsByStatus());
        row(b, "legal", "inquiries", l.inquiries());
        counts(b, "legalWouldNotOtherwise", l.wouldNotOtherwise());
        row(b, "legal", "wouldNotOtherwiseShare", l.wouldNotOtherwiseShare());
        row(b, "legal", "casesOpened", l.casesOpened());
        counts(b, "legalCaseArea", l.casesByArea());
        counts(b, "legalCaseOutcome", l.casesByOutcome());
        counts(b, "legalInquirerGender", l.inquirersByGender());
        AnnualReport.OutreachFigures o = r.outreach();
        row(b, "outreach", "contacts", o.contacts());
        counts(b, "outreachChannel", o.contactsByChannel());
        row(b, "outreach", "streetShifts", o.streetShifts());
        row(b, "outreach", "streetShiftContacts", o.streetShiftContacts());
        counts(b, "outreachHandOuts", o.handOuts());
        row(b, "outreach", "assignments", o.assignments());
        counts(b, "outreachAssignments", o.assignmentsByKind());
        for (AnnualReport.AdSite ad : o.adSites()) {
            // a site name is one of the team's configured sites; quoted as RFC 4180 asks
            String site = quoted(ad.site());
            row(b, "adSiteWeeksCounted", site, ad.weeksCounted());
            row(b, "adSiteAds", site, ad.ads());
            row(b, "adSiteAveragePerWeek", site, ad.averagePerWeek());
            row(b, "adSitePreviousYearAveragePerWeek", site, ad.previousYearAveragePerWeek());
            row(b, "adSiteYearOverYearChange", site, ad.yearOverYearChange());
            for (AnnualReport.WeekCount w : ad.weeks()) {
                row(b, "adSiteWeek", quoted(ad.site() + " " + w.week()), w.ads());
            }
        }
        return b.toString();
    }

    public static String monthly(MonthlyReport r) {
        StringBuilder b = new StringBuilder("month,uniqueUsers,services\n");
        for (MonthFigures m : r.months()) {
            b.append(m.month()).append(',').append(value(m.uniqueUsers())).append(',').append(value(m.services())).append('\n');
        }
        return b.toString();
    }

    public static String nationalityShare(NationalityShareReport r) {
        StringBuilder b = new StringBuilder("year,nationality,users,share,uniqueUsers\n");
        for (NationalityShareReport.YearShares y : r.years()) {
            for (NationalityShareReport.Share s : y.nationalities()) {
                b.append(y.year()).append(',').append(s.nationality()).append(',').append(value(s.users())).append(',')
                        .append(value(s.share())).append(',').append(value(y.uniqueUsers())).append('\n');
            }
        }
        return b.toString();
    }

    private static void categories(StringBuilder b, String section, List<AnnualReport.Category> categories) {
        for (AnnualReport.Category c : categories) {
            row(b, section, c.category(), c.users());
        }
    }

    private static void counts(StringBuilder b, String section, List<AnnualReport.Count> counts) {
        for (AnnualReport.Count c : counts) {
            row(b, section, c.category(), c.count());
        }
    }

    private static String quoted(String s) {
        return s.matches("[A-Za-z0-9 ._-]*") ? s : "\"" + s.replace("\"", "\"\"") + "\"";
    }

    private static void row(StringBuilder b, String section, String key, Object value) {
        b.append(section).append(',').append(key).append(',').append(value(value)).append('\n');
    }

    private static String value(Object v) {
        return v == null ? "" : v.toString();
    }
}
