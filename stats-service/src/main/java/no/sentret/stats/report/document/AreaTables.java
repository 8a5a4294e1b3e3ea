package no.sentret.stats.report.document;

import no.sentret.stats.report.AnnualReport;

/** The areas' own tables: health, legal aid, outreach (the annual report's {@code health}, {@code legal}, {@code outreach}). */
final class AreaTables extends DocumentWriter {

    private final AnnualReport r;
    private final boolean suppressed;

    AreaTables(Html h, Text t, AnnualReport r, boolean suppressed) {
        super(h, t);
        this.r = r;
        this.suppressed = suppressed;
    }

    void write() {
        health();
        legal();
        outreach();
    }

    private void health() {
        AnnualReport.HealthFigures hf = r.health();
        section("health", t.msg("health.heading"));
        header(t.msg("health.category"), t.msg("health.services"));
        counts("health.servicesByCategory", hf.servicesByCategory(), c -> t.label("health", c));
        row(t.msg("health.prep"), count("annual:health.personsOnPrep", hf.personsOnPrep()));
        row(t.msg("health.mpox"), count("annual:health.personsVaccinatedMpox", hf.personsVaccinatedMpox()));
        endTable();
    }

    private void legal() {
        AnnualReport.LegalFigures l = r.legal();
        section("legal", t.msg("legal.heading"));
        header(t.msg("key.figure"), String.valueOf(r.year()));
        row(t.msg("legal.shifts"), count("annual:legal.shifts", l.shifts()));
        counts("legal.shiftsByStatus", l.shiftsByStatus(), c -> t.label("legal.shift", c));
        row(t.msg("legal.inquiries"), count("annual:legal.inquiries", l.inquiries()));
        counts("legal.wouldNotOtherwise", l.wouldNotOtherwise(), c -> t.label("legal.answer", c));
        row(t.msg("legal.share"), percent("annual:legal.wouldNotOtherwiseShare", l.wouldNotOtherwiseShare()));
        row(t.msg("legal.cases"), count("annual:legal.casesOpened", l.casesOpened()));
        counts("legal.casesByArea", l.casesByArea(), c -> t.msg("legal.area", t.label("legalArea", c)));
        counts("legal.casesByOutcome", l.casesByOutcome(), c -> t.msg("legal.outcome", t.label("outcome", c)));
        counts("legal.inquirersByGender", l.inquirersByGender(), c -> t.msg("legal.inquirer", t.label("gender", c).toLowerCase(t.language.locale())));
        endTable();
    }

    private void outreach() {
        AnnualReport.OutreachFigures o = r.outreach();
        section("outreach", t.msg("outreach.heading"));
        header(t.msg("key.figure"), String.valueOf(r.year()));
        row(t.msg("outreach.contacts"), count("annual:outreach.contacts", o.contacts()));
        counts("outreach.contactsByChannel", o.contactsByChannel(), c -> t.msg("outreach.channel", t.label("channel", c)));
        row(t.msg("outreach.streetShifts"), count("annual:outreach.streetShifts", o.streetShifts()));
        row(t.msg("outreach.streetContacts"), count("annual:outreach.streetShiftContacts", o.streetShiftContacts()));
        counts("outreach.handOuts", o.handOuts(), c -> t.msg("outreach.handOut", t.label("handOut", c)));
        row(t.msg("outreach.assignments"), count("annual:outreach.assignments", o.assignments()));
        counts("outreach.assignmentsByKind", o.assignmentsByKind(), c -> t.msg("outreach.assignment", t.label("assignment", c)));
        for (int i = 0; i < o.adSites().size(); i++) {
            AnnualReport.AdSite s = o.adSites().get(i);
            row(t.msg("outreach.site", s.site()), decimal("annual:outreach.adSites[" + i + "].averagePerWeek", s.averagePerWeek()));
            if (s.previousYearAveragePerWeek() != null || suppressed) {
                row(t.msg("outreach.sitePrevious", s.site()),
                        decimal("annual:outreach.adSites[" + i + "].previousYearAveragePerWeek", s.previousYearAveragePerWeek()));
            }
        }
        endTable();
    }
}
