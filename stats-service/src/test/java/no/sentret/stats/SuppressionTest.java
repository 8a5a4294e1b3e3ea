package no.sentret.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import no.sentret.infra.testing.RealInfrastructureResource;
import no.sentret.stats.disclosure.IntervalAudit;
import no.sentret.stats.report.AnnualReport;
import no.sentret.stats.report.MonthFigures;
import no.sentret.stats.report.NationalityShareReport;
import org.junit.jupiter.api.Test;

/**
 * Disclosure control: from what the public API returns for a table, no suppressed count can be
 * worked out using the table's totals (rank test over the table's marginal equations). Each test
 * fills a generated year of its own.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class SuppressionTest {

    static final int THRESHOLD = 3;
    /** the service's default sentret.stats.protection-width */
    static final int WIDTH = 3;

    @Inject
    AgroalDataSource ds;

    /** A published value with what the analyst sees for the same cell. */
    record Pair(Integer published, int truth) {
    }

    /** Builds the reader's equations over one table: the unknowns are the null cells (and hidden complements). */
    static final class Table {
        final List<Pair> cells = new ArrayList<>();
        final List<int[]> sums = new ArrayList<>(); // [total, members...] as cell indexes
        /** never published, only implied by a total (e.g. responses without follow-up): protected only when small */
        final java.util.Set<Integer> complements = new java.util.HashSet<>();
        /** [bound value, upper ? 1 : 0, cells...]: every cell is at most (at least) the published value */
        final List<int[]> bounds = new ArrayList<>();

        void bound(int value, List<Integer> members, boolean upper) {
            int[] b = new int[members.size() + 2];
            b[0] = value;
            b[1] = upper ? 1 : 0;
            for (int i = 0; i < members.size(); i++) {
                b[i + 2] = members.get(i);
            }
            bounds.add(b);
        }

        /**
         * The interval attack: every hidden count (at least 1, as the reader knows a hidden count is)
         * must keep at least {@code width} + 1 possible values and reach the threshold, given every
         * equation and bound. Equations with a never-published complement are left out (it is an
         * unknown that may be 0: it only adds withFollowUp <= responses).
         */
        void assertWide(int threshold, int width) {
            List<Integer> unknown = new ArrayList<>();
            for (int i = 0; i < cells.size(); i++) {
                if (cells.get(i).published() == null && !complements.contains(i)) {
                    unknown.add(i);
                }
            }
            IntervalAudit audit = new IntervalAudit(unknown.size(), 1);
            sums:
            for (int[] k : sums) {
                double[] row = new double[unknown.size()];
                double rhs = 0;
                for (int j = 0; j < k.length; j++) {
                    if (complements.contains(k[j])) {
                        continue sums;
                    }
                    int sign = j == 0 ? -1 : 1;
                    int u = unknown.indexOf(k[j]);
                    if (u >= 0) {
                        row[u] += sign;
                    } else {
                        rhs -= sign * cells.get(k[j]).published();
                    }
                }
                audit.equal(row, rhs);
            }
            for (int[] b : bounds) {
                for (int j = 2; j < b.length; j++) {
                    int u = unknown.indexOf(b[j]);
                    if (u >= 0) {
                        double[] row = new double[unknown.size()];
                        row[u] = 1;
                        if (b[1] == 1) {
                            audit.atMost(row, b[0]);
                        } else {
                            audit.atLeast(row, b[0]);
                        }
                    }
                }
            }
            List<IntervalAudit.Interval> intervals = audit.intervals();
            for (int u = 0; u < unknown.size(); u++) {
                IntervalAudit.Interval in = intervals.get(u);
                int truth = cells.get(unknown.get(u)).truth();
                assertTrue(in.lowCount() <= truth && truth <= in.highCount(), "the truth " + truth + " lies in " + in);
                assertTrue(in.width() >= width && in.highCount() >= threshold,
                        "hidden cell " + unknown.get(u) + " (" + truth + ") is pinned to " + in.lowCount() + ".." + in.highCount());
            }
        }

        int complement(int truth) {
            int i = cell(null, truth);
            complements.add(i);
            return i;
        }

        int cell(Integer published, int truth) {
            cells.add(new Pair(published, truth));
            return cells.size() - 1;
        }

        void sum(int total, List<Integer> members) {
            int[] k = new int[members.size() + 1];
            k[0] = total;
            for (int i = 0; i < members.size(); i++) {
                k[i + 1] = members.get(i);
            }
            sums.add(k);
        }

        /** @return how many cells were hidden; fails if one can be derived or a small one is published */
        int assertSafe(int threshold) {
            List<Integer> unknown = new ArrayList<>();
            for (int i = 0; i < cells.size(); i++) {
                Pair p = cells.get(i);
                if (p.published() == null) {
                    unknown.add(i);
                } else {
                    assertEquals(p.truth(), p.published(), "a published count is the true count");
                    assertFalse(p.truth() >= 1 && p.truth() < threshold, "a count of " + p.truth() + " was published");
                }
            }
            Derivability d = new Derivability(unknown.size());
            for (int[] k : sums) {
                double[] row = new double[unknown.size()];
                for (int j = 0; j < k.length; j++) {
                    int u = unknown.indexOf(k[j]);
                    if (u >= 0) {
                        row[u] += j == 0 ? -1 : 1;
                    }
                }
                d.equation(row);
            }
            for (int u = 0; u < unknown.size(); u++) {
                int truth = cells.get(unknown.get(u)).truth();
                if (complements.contains(unknown.get(u)) && !(truth >= 1 && truth < threshold)) {
                    continue;
                }
                assertFalse(d.derivable(u), "hidden cell " + unknown.get(u) + " (" + cells.get(unknown.get(u)).truth() + ") can be derived");
            }
            return unknown.size();
        }
    }

    @Test
    void thePublicAnnualReportLeavesNoHiddenCountDerivableOrNarrow() {
        int y = generatedYear(2017L);
        AnnualReport truth = Api.annual(y);
        AnnualReport pub = Api.publicAnnual(y);
        Table t = readersView(truth, pub);

        int hidden = t.assertSafe(THRESHOLD);
        t.assertWide(THRESHOLD, WIDTH);
        long small = t.cells.stream().filter(p -> p.truth() >= 1 && p.truth() < THRESHOLD).count();
        long secondary = java.util.stream.IntStream.range(0, t.cells.size()).filter(i -> !t.complements.contains(i))
                .mapToObj(t.cells::get).filter(p -> p.published() == null && (p.truth() == 0 || p.truth() >= THRESHOLD)).count();
        assertTrue(small >= 3 && secondary > 0, "the year has small cells (" + small + ") and secondary suppression (" + secondary
                + "), " + hidden + " hidden");
        long smallLegal = pub.legal().casesByArea().stream().filter(c -> c.count() == null).count()
                + pub.legal().shiftsByStatus().stream().filter(c -> c.count() == null).count();
        assertTrue(smallLegal > 0, "the legal area's small cells are hidden too");
    }

    @Test
    void aYearOfSevenUsersOfSevenNationalitiesTellsNoNationality() {
        // the interval attack: total 7 published, seven nationalities of 1 hidden, absent ones
        // left out -> each listed one is exactly 1
        int y = TestData.freshYears(1);
        String prefix = TestData.codePrefix("SEVEN");
        String[] nationalities = {"NO", "ES", "RO", "TH", "BG", "NG", "UA"};
        List<Events.Ev> events = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            events.add(Events.clientRegistered(prefix + i, i < 4 ? "WOMAN" : "MAN", nationalities[i], "26-30", java.time.LocalDate.of(y, 3, 1)));
            events.add(Events.visitRecorded(java.util.UUID.randomUUID(), prefix + i, java.time.LocalDate.of(y, 3, 2 + i)
                    .atTime(12, 0).toInstant(java.time.ZoneOffset.UTC)));
        }
        EventSender.sendAndAwait(ds, events);
        AnnualReport truth = Api.annual(y);
        AnnualReport pub = Api.publicAnnual(y);
        assertEquals(7, truth.uniqueUsers());

        assertTrue(pub.demographics().nationality().size() > 200, "every nationality of the contract is listed");
        assertEquals(0, pub.demographics().nationality().stream().filter(c -> c.category().equals("SE")).findFirst().orElseThrow().users(),
                "an absent nationality is a published zero");
        Table t = readersView(truth, pub);
        t.assertSafe(THRESHOLD);
        t.assertWide(THRESHOLD, WIDTH);
        assertNull(pub.uniqueUsers(), "with the total published, the seven hidden ones of at least 1 each would be 1");
    }

    @Test
    void theOtherPublicTablesAreTheAnnualReportsOwnCells() {
        int y = generatedYear(2018L);
        AnnualReport pub = Api.publicAnnual(y);
        NationalityShareReport.YearShares share = io.restassured.RestAssured.given().auth().oauth2(Api.token("municipality"))
                .queryParam("fromYear", y).queryParam("toYear", y).get("/stats/public/nationality-share")
                .then().statusCode(200).extract().as(NationalityShareReport.class).years().get(0);
        assertEquals(pub.uniqueUsers(), share.uniqueUsers());
        assertEquals(pub.demographics().nationality().size(), share.nationalities().size());
        for (int i = 0; i < share.nationalities().size(); i++) {
            NationalityShareReport.Share s = share.nationalities().get(i);
            assertEquals(pub.demographics().nationality().get(i).category(), s.nationality());
            assertEquals(pub.demographics().nationality().get(i).users(), s.users());
            if (s.users() == null || share.uniqueUsers() == null) {
                assertNull(s.share(), "a share gives its count away");
            }
        }
        List<MonthFigures> months = io.restassured.RestAssured.given().auth().oauth2(Api.token("municipality"))
                .queryParam("from", y + "-01").queryParam("to", y + "-12").get("/stats/public/monthly")
                .then().statusCode(200).extract().as(no.sentret.stats.report.MonthlyReport.class).months();
        assertEquals(pub.months(), months, "the public months are the public annual report's months");
        AnnualReport.MonthlySummary m = pub.monthlyUniqueUsers();
        assertEquals(m.peak() == null, m.peakMonth() == null, "the peak month is named only with its count");
        assertEquals(m.lowest() == null, m.lowestMonth() == null, "the lowest month is named only with its count");
    }

    /** What a reader with the municipality's token knows, as cells and equations; the analysts' figures as the truth. */
    private static Table readersView(AnnualReport truth, AnnualReport pub) {
        Table t = new Table();
        int users = t.cell(pub.uniqueUsers(), truth.uniqueUsers());
        t.cell(pub.newUsers(), truth.newUsers());
        int services = t.cell(pub.servicesGiven(), truth.servicesGiven());
        // the average gives the sum of the twelve monthly unique counts away
        int monthSum = t.cell(pub.monthlyUniqueUsers().average() == null ? null
                : (int) Math.round(pub.monthlyUniqueUsers().average() * 12), truth.months().stream().mapToInt(MonthFigures::uniqueUsers).sum());
        List<Integer> monthUsers = new ArrayList<>();
        List<Integer> monthServices = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            monthUsers.add(t.cell(pub.months().get(m).uniqueUsers(), truth.months().get(m).uniqueUsers()));
            monthServices.add(t.cell(pub.months().get(m).services(), truth.months().get(m).services()));
        }
        t.sum(monthSum, monthUsers);
        t.sum(services, monthServices);
        AnnualReport.MonthlySummary ms = pub.monthlyUniqueUsers();
        if (ms.peakMonth() != null) {
            assertEquals(truth.monthlyUniqueUsers().peakMonth(), ms.peakMonth());
            t.bound(ms.peak(), monthUsers, true);
        }
        if (ms.lowestMonth() != null) {
            assertEquals(truth.monthlyUniqueUsers().lowestMonth(), ms.lowestMonth());
            t.bound(ms.lowest(), monthUsers, false);
        }
        List<Integer> areaServices = new ArrayList<>();
        List<Integer> areaPersons = new ArrayList<>();
        for (int a = 0; a < truth.areas().size(); a++) {
            areaPersons.add(t.cell(pub.areas().get(a).uniquePersons(), truth.areas().get(a).uniquePersons()));
            areaServices.add(t.cell(pub.areas().get(a).services(), truth.areas().get(a).services()));
        }
        t.sum(services, areaServices);
        // the area-month table: an area's months add up to the area, a month's areas to the month
        List<List<Integer>> areaMonthServices = new ArrayList<>();
        for (int a = 0; a < truth.areas().size(); a++) {
            List<Integer> months = new ArrayList<>();
            for (int m = 0; m < 12; m++) {
                AnnualReport.AreaMonth pm = pub.areas().get(a).months().get(m);
                AnnualReport.AreaMonth tm = truth.areas().get(a).months().get(m);
                t.cell(pm.uniquePersons(), tm.uniquePersons());
                months.add(t.cell(pm.services(), tm.services()));
            }
            t.sum(areaServices.get(a), months);
            areaMonthServices.add(months);
        }
        for (int m = 0; m < 12; m++) {
            int month = m;
            t.sum(monthServices.get(m), areaMonthServices.stream().map(area -> area.get(month)).toList());
        }
        breakdown(t, users, pub.demographics().gender(), truth.demographics().gender());
        breakdown(t, users, pub.demographics().nationality(), truth.demographics().nationality());
        breakdown(t, users, pub.demographics().ageGroup(), truth.demographics().ageGroup());
        AnnualReport.FeedbackFigures pf = pub.feedback();
        AnnualReport.FeedbackFigures tf = truth.feedback();
        int responses = t.cell(pf.responses(), tf.responses());
        t.sum(responses, List.of(t.cell(pf.top(), tf.top()), t.cell(pf.second(), tf.second()), t.cell(pf.twoLowest(), tf.twoLowest())));
        // those without follow-up answers are never published, but follow from responses - withFollowUp
        int without = t.complement(tf.responses() - tf.withFollowUp());
        t.sum(responses, List.of(t.cell(pf.withFollowUp(), tf.withFollowUp()), without));
        if (pf.withFollowUp() == null) {
            assertNull(pf.followUpShare());
        }
        assertNull(pf.scores(), "per-score counts are not published");

        // the areas' own tables: the HEALTH area's services are its categories; the LEGAL area's services
        // are its inquiries (= the answers), its persons the inquirers (= by gender)
        int health = areaServices.get(2);
        t.sum(health, counts(t, pub.health().servicesByCategory(), truth.health().servicesByCategory()));
        t.cell(pub.health().personsOnPrep(), truth.health().personsOnPrep());
        t.cell(pub.health().personsVaccinatedMpox(), truth.health().personsVaccinatedMpox());
        AnnualReport.LegalFigures pl = pub.legal();
        AnnualReport.LegalFigures tl = truth.legal();
        int shifts = t.cell(pl.shifts(), tl.shifts());
        t.sum(shifts, counts(t, pl.shiftsByStatus(), tl.shiftsByStatus()));
        int inquiries = areaServices.get(3);
        assertEquals(pl.inquiries(), pub.areas().get(3).services(), "the LEGAL area's services are its inquiries");
        t.sum(inquiries, counts(t, pl.wouldNotOtherwise(), tl.wouldNotOtherwise()));
        if (pl.wouldNotOtherwise().get(0).count() == null || pl.wouldNotOtherwise().get(1).count() == null) {
            assertNull(pl.wouldNotOtherwiseShare(), "the share gives YES and NO away");
        }
        int cases = t.cell(pl.casesOpened(), tl.casesOpened());
        t.sum(cases, counts(t, pl.casesByArea(), tl.casesByArea()));
        t.sum(cases, counts(t, pl.casesByOutcome(), tl.casesByOutcome()));
        t.sum(areaPersons.get(3), counts(t, pl.inquirersByGender(), tl.inquirersByGender()));
        AnnualReport.OutreachFigures po = pub.outreach();
        AnnualReport.OutreachFigures to = truth.outreach();
        int contacts = t.cell(po.contacts(), to.contacts());
        t.sum(contacts, counts(t, po.contactsByChannel(), to.contactsByChannel()));
        t.cell(po.streetShifts(), to.streetShifts());
        t.cell(po.streetShiftContacts(), to.streetShiftContacts());
        counts(t, po.handOuts(), to.handOuts());
        int assignments = t.cell(po.assignments(), to.assignments());
        t.sum(assignments, counts(t, po.assignmentsByKind(), to.assignmentsByKind()));
        return t;
    }

    private static List<Integer> counts(Table t, List<AnnualReport.Count> pub, List<AnnualReport.Count> truth) {
        List<Integer> cells = new ArrayList<>();
        for (int i = 0; i < truth.size(); i++) {
            assertEquals(truth.get(i).category(), pub.get(i).category());
            cells.add(t.cell(pub.get(i).count(), truth.get(i).count()));
        }
        return cells;
    }

    /** A small generated year (small cells on purpose, the areas' tables too) in years of this test's own; @return the year */
    private int generatedYear(long seed) {
        int y = TestData.freshYears(3) + 1;
        GeneratedYear g = new GeneratedYear(TestData.codePrefix("S"), y, 40, 260, 4, 40, seed);
        EventSender.sendAndAwait(ds, g.first);
        List<Events.Ev> then = new ArrayList<>(g.then);
        java.util.Random rnd = new java.util.Random(seed);
        List<String> codes = new ArrayList<>(g.clients.keySet());
        java.time.LocalDate day = java.time.LocalDate.of(y, 2, 1);
        String[] statuses = {"LegalShiftHeld", "LegalShiftHeld", "LegalShiftHeld", "LegalShiftNobodyCame", "LegalShiftCancelled"};
        String[] areas = {"CRIMINAL", "CRIMINAL", "CRIMINAL", "FAMILY", "IMMIGRATION", "HOUSING_AND_TENANCY", "FINANCES"};
        String[] answers = {"YES", "YES", "YES", "YES", "NO", "NOT_ASKED"};
        String[] channels = {"WHATSAPP", "WHATSAPP", "WHATSAPP", "SMS", "INSTAGRAM", "PHONE"};
        for (int i = 0; i < 20; i++) {
            java.time.LocalDate d = day.plusDays(7L * i);
            java.time.Instant at = d.atTime(13, 0).toInstant(java.time.ZoneOffset.UTC);
            then.add(Events.legalShift(statuses[rnd.nextInt(statuses.length)], java.util.UUID.randomUUID(), d, "REGULAR"));
            String code = codes.get(rnd.nextInt(codes.size()));
            then.add(Events.legalInquiry(java.util.UUID.randomUUID(), code, at, answers[rnd.nextInt(answers.length)], "CRIMINAL"));
            if (i % 2 == 0) {
                then.add(Events.caseOpened(java.util.UUID.randomUUID(), code, d, areas[rnd.nextInt(areas.length)]));
            }
            then.add(Events.outreachRecorded(java.util.UUID.randomUUID(), rnd.nextBoolean() ? code : null, at,
                    channels[rnd.nextInt(channels.length)]));
            then.add(Events.assignment(java.util.UUID.randomUUID(), at, i % 5 == 0 ? "SCHOOL_CLASS" : "LECTURE"));
        }
        EventSender.sendAndAwait(ds, then);
        return y;
    }

    /** The public list has every category of the contract; the analysts' only those with users. */
    private static void breakdown(Table t, int total, List<AnnualReport.Category> pub, List<AnnualReport.Category> truth) {
        java.util.Map<String, Integer> truthByName = new java.util.HashMap<>();
        truth.forEach(c -> truthByName.put(c.category(), c.users()));
        assertTrue(pub.stream().map(AnnualReport.Category::category).toList().containsAll(truthByName.keySet()),
                "every category with users is in the public list");
        List<Integer> members = new ArrayList<>();
        for (AnnualReport.Category c : pub) {
            members.add(t.cell(c.users(), truthByName.getOrDefault(c.category(), 0)));
        }
        t.sum(total, members);
    }
}
