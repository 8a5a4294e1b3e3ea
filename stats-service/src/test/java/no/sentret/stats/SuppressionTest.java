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
import java.util.Random;
import no.sentret.infra.testing.RealInfrastructureResource;
import no.sentret.stats.disclosure.SuppressionTable;
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
    void randomTablesLeaveNothingDerivable() {
        Random rnd = new Random(7);
        int secondary = 0;
        for (int n = 0; n < 500; n++) {
            SuppressionTable t = new SuppressionTable();
            Table check = new Table();
            int groups = 1 + rnd.nextInt(3);
            List<List<Integer>> groupValues = new ArrayList<>();
            int total = 1 + rnd.nextInt(40);
            for (int g = 0; g < groups; g++) {
                groupValues.add(partition(rnd, total, 1 + rnd.nextInt(6)));
            }
            SuppressionTable.Cell totalCell = t.cell(total);
            List<List<SuppressionTable.Cell>> cells = new ArrayList<>();
            for (List<Integer> values : groupValues) {
                List<SuppressionTable.Cell> c = t.cells(values);
                t.sumOf(totalCell, c);
                cells.add(c);
            }
            t.suppress(3);
            int totalIndex = check.cell(totalCell.published(), total);
            for (int g = 0; g < groups; g++) {
                List<Integer> members = new ArrayList<>();
                for (int i = 0; i < cells.get(g).size(); i++) {
                    SuppressionTable.Cell c = cells.get(g).get(i);
                    members.add(check.cell(c.published(), groupValues.get(g).get(i)));
                    if (c.suppressed() && groupValues.get(g).get(i) >= 3) {
                        secondary++;
                    }
                }
                check.sum(totalIndex, members);
            }
            check.assertSafe(3);
        }
        assertTrue(secondary > 50, "the random tables exercised secondary suppression: " + secondary);
    }

    @Test
    void thePublicAnnualReportLeavesNoSuppressedCountDerivable() {
        int y = generatedYear(2017L);
        AnnualReport truth = Api.annual(y);
        AnnualReport pub = Api.publicAnnual(y);

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
        List<Integer> areaServices = new ArrayList<>();
        for (int a = 0; a < truth.areas().size(); a++) {
            t.cell(pub.areas().get(a).uniquePersons(), truth.areas().get(a).uniquePersons());
            areaServices.add(t.cell(pub.areas().get(a).services(), truth.areas().get(a).services()));
        }
        t.sum(services, areaServices);
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

        int hidden = t.assertSafe(3);
        long small = t.cells.stream().filter(p -> p.truth() >= 1 && p.truth() < 3).count();
        long secondary = java.util.stream.IntStream.range(0, t.cells.size()).filter(i -> !t.complements.contains(i))
                .mapToObj(t.cells::get).filter(p -> p.published() == null && (p.truth() == 0 || p.truth() >= 3)).count();
        assertTrue(small >= 3 && secondary > 0, "the year has small cells (" + small + ") and secondary suppression (" + secondary
                + "), " + hidden + " hidden");
    }

    @Test
    void thePublicNationalityShareLeavesNoSuppressedCountDerivable() {
        int y = generatedYear(2018L);
        NationalityShareReport.YearShares truth = Api.nationalityShare(y, y).years().get(0);
        NationalityShareReport.YearShares pub = io.restassured.RestAssured.given().auth().oauth2(Api.token("municipality"))
                .queryParam("fromYear", y).queryParam("toYear", y).get("/stats/public/nationality-share")
                .then().statusCode(200).extract().as(NationalityShareReport.class).years().get(0);
        Table t = new Table();
        int total = t.cell(pub.uniqueUsers(), truth.uniqueUsers());
        List<Integer> members = new ArrayList<>();
        for (int i = 0; i < truth.nationalities().size(); i++) {
            NationalityShareReport.Share p = pub.nationalities().get(i);
            assertEquals(truth.nationalities().get(i).nationality(), p.nationality());
            members.add(t.cell(p.users(), truth.nationalities().get(i).users()));
            if (p.users() == null) {
                assertNull(p.share(), "a share gives its count away");
            }
        }
        t.sum(total, members);
        assertTrue(t.assertSafe(3) >= 2, "some nationality counts are small and hidden");
    }

    /** A small generated year (small cells on purpose) in years of this test's own; @return the year */
    private int generatedYear(long seed) {
        int y = TestData.freshYears(3) + 1;
        GeneratedYear g = new GeneratedYear(TestData.codePrefix("S"), y, 40, 260, 4, 40, seed);
        EventSender.sendAndAwait(ds, g.first);
        EventSender.sendAndAwait(ds, g.then);
        return y;
    }

    private static void breakdown(Table t, int total, List<AnnualReport.Category> pub, List<AnnualReport.Category> truth) {
        List<Integer> members = new ArrayList<>();
        for (int i = 0; i < truth.size(); i++) {
            assertEquals(truth.get(i).category(), pub.get(i).category());
            members.add(t.cell(pub.get(i).users(), truth.get(i).users()));
        }
        t.sum(total, members);
    }

    /** {@code total} split into {@code parts} non-negative counts. */
    private static List<Integer> partition(Random rnd, int total, int parts) {
        List<Integer> values = new ArrayList<>();
        int left = total;
        for (int i = 0; i < parts - 1; i++) {
            int v = rnd.nextInt(left + 1) / (rnd.nextBoolean() ? 1 : 4);
            values.add(v);
            left -= v;
        }
        values.add(left);
        return values;
    }
}
