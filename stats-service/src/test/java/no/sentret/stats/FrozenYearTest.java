package no.sentret.stats;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.sentret.infra.testing.LogCapture;
import no.sentret.infra.testing.PrometheusMetrics;
import no.sentret.infra.testing.RealInfrastructureResource;
import no.sentret.stats.freeze.FreezeConfig;
import no.sentret.stats.freeze.StatsRetention;
import no.sentret.stats.freeze.YearFreezer;
import no.sentret.stats.report.AnnualReport;
import no.sentret.stats.report.MonthlyReport;
import no.sentret.stats.report.NationalityShareReport;
import org.junit.jupiter.api.Test;

/**
 * Freezing closed years (issue 18): every figure of a frozen year, and of the years around it, is what it
 * was; the year holds no client code; events of it that come later change nothing; a rebuild copies it as
 * it is; erasure leaves it alone and recounts the open year; stats' own retention then forgets the codes.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class FrozenYearTest {

    private static final Map<String, String> LIVE_VISITS = Map.of("topic", "visit-events", "mode", "live");

    @Inject
    AgroalDataSource ds;
    @Inject
    YearFreezer freezer;
    @Inject
    StatsRetention retention;
    @Inject
    FreezeConfig config;

    /** Everything published about three years: each annual report in full and public, their months and nationality shares. */
    record Figures(List<AnnualReport> annual, List<AnnualReport> publicAnnual, MonthlyReport months, NationalityShareReport shares) {
        static Figures of(int first, int last) {
            List<Integer> years = java.util.stream.IntStream.rangeClosed(first, last).boxed().toList();
            return new Figures(years.stream().map(Api::annual).toList(), years.stream().map(Api::publicAnnual).toList(),
                    Api.monthly(first + "-01", last + "-12"), Api.nationalityShare(first, last));
        }
    }

    @Test
    void aFrozenYearKeepsEveryFigureHoldsNoCodeAndSurvivesLateEventsAndARebuild() throws Exception {
        int y = TestData.freshYears(3) + 1;
        String p = TestData.codePrefix("FZ");
        GeneratedYear g = new GeneratedYear(p, y, 300, 2500, 25, 300, 20261130L);
        UUID lateVoidTarget = UUID.randomUUID();
        g.then.add(Events.visitRecorded(lateVoidTarget, p + "0", Instant.parse(y + "-05-05T10:00:00Z")));
        EventSender.sendAndAwait(ds, g.first);
        EventSender.sendAndAwait(ds, g.then);
        Figures before = Figures.of(y - 1, y + 1);
        assertTrue(before.annual().get(1).uniqueUsers() > 150 && before.annual().get(1).newUsers() > 0
                && before.annual().get(2).uniqueUsers() > 0, "a year with users on both sides: " + before.annual().get(1).uniqueUsers());
        assertTrue(codesInYear(p, y) > 0);

        assertEquals(YearFreezer.Outcome.FROZEN, freezer.freeze(y));
        assertEquals(YearFreezer.Outcome.ALREADY_FROZEN, freezer.freeze(y));
        assertEquals(before, Figures.of(y - 1, y + 1), "the frozen year and the years around it");
        assertEquals(0, codesInYear(p, y), "the frozen year holds no client code");
        assertEquals(0, countRows("select count(*) from service_event e join stats_generation g on g.active_gen = e.gen "
                + "where e.oslo_year = ? and e.client_code not like 'Y" + y + "-%' and e.client_code like 'Y%-%'", y),
                "pseudonyms of one year only");

        // late events of the frozen year: a new visit, a void of a counted visit, a feedback; counted, logged without the code
        PrometheusMetrics metricsBefore = PrometheusMetrics.scrape();
        double late = orZero(metricsBefore.value("sentret_stats_frozen_year_events_total", LIVE_VISITS));
        try (LogCapture logs = LogCapture.start()) {
            EventSender.sendAndAwait(ds, List.of(
                    Events.visitRecorded(UUID.randomUUID(), p + "late", Instant.parse(y + "-07-01T10:00:00Z")),
                    Events.visitVoided(lateVoidTarget, p + "0", Instant.parse((y + 1) + "-06-01T10:00:00Z")),
                    Events.feedback(UUID.randomUUID(), Instant.parse(y + "-08-01T10:00:00Z"), 1, false)));
            assertEquals(before, Figures.of(y - 1, y + 1), "late events leave the frozen year as published");
            assertEquals(late + 3, PrometheusMetrics.scrape().value("sentret_stats_frozen_year_events_total", LIVE_VISITS));
            assertTrue(logs.linesContaining("frozen year " + y).size() >= 3, "each late event is logged");
            assertEquals(List.of(), logs.linesContaining(p), "log lines carrying a client code");
        }
        assertEquals(0, codesInYear(p, y), "no late event put a code back");

        String admin = Api.token("admin");
        given().auth().oauth2(admin).post("/stats/rebuild").then().statusCode(202);
        Rebuilds.awaitEnd(admin);
        assertEquals(before, Figures.of(y - 1, y + 1), "a rebuild copies the frozen year and leaves its replayed events out");
        assertEquals(0, codesInYear(p, y));
        given().auth().oauth2(Api.token("analyst")).get("/stats/frozen-years").then().statusCode(200).body("year", hasItem(y));

        // the years around it frozen too: then stats' retention forgets every code of the generated data
        assertEquals(YearFreezer.Outcome.FROZEN, freezer.freeze(y - 1));
        assertEquals(YearFreezer.Outcome.FROZEN, freezer.freeze(y + 1));
        assertEquals(before, Figures.of(y - 1, y + 1));
        assertTrue(countRows("select count(*) from client k join stats_generation g on g.active_gen = k.gen where k.code like ?", p + "%") > 0);
        // nothing is forgotten within the retention period (last seen in y + 1, five years by default)
        retention.forgetClientsLastSeenBefore(config.retentionCutoff(LocalDate.of(y + 2, 1, 1)));
        assertTrue(countRows("select count(*) from client k join stats_generation g on g.active_gen = k.gen where k.code like ?", p + "%") > 0);
        retention.forgetClientsLastSeenBefore(config.retentionCutoff(LocalDate.of(y + 7, 1, 1)));
        for (String table : List.of("service_event", "client", "client_alias")) {
            String column = switch (table) {
                case "client" -> "code";
                case "client_alias" -> "merged_code || surviving_code";
                default -> "client_code";
            };
            assertEquals(0, countRows("select count(*) from " + table + " t where t." + column.replace(" || ", " || t.") + " like ?",
                    "%" + p + "%"), "codes of the frozen years left in " + table);
        }
        assertEquals(before, Figures.of(y - 1, y + 1), "the retention changes no figure of a frozen year");
    }

    @Test
    void erasureLeavesFrozenYearsAsTheyWereAndRecountsTheOpenOne() throws Exception {
        int closed = TestData.freshYears(2);
        int open = closed + 1;
        String p = TestData.codePrefix("FE");
        String erased = p + "A";
        String kept = p + "B";
        // seen in the closed year before they were registered (a registration back-dated later), and never registered:
        // only the frozen first seen kept on their real code says they are not new in the open year
        String registeredLater = p + "C";
        String neverRegistered = p + "D";
        LocalDate registered = LocalDate.of(closed, 2, 1);
        EventSender.sendAndAwait(ds, List.of(
                Events.clientRegistered(erased, "WOMAN", "TH", "26-30", registered),
                Events.clientRegistered(kept, "MAN", "NO", "31-35", registered),
                Events.clientRegistered(registeredLater, "WOMAN", "ES", "18-25", LocalDate.of(open, 5, 1)),
                Events.visitRecorded(UUID.randomUUID(), erased, Instant.parse(closed + "-03-01T10:00:00Z")),
                Events.visitRecorded(UUID.randomUUID(), kept, Instant.parse(closed + "-03-01T11:00:00Z")),
                Events.visitRecorded(UUID.randomUUID(), registeredLater, Instant.parse(closed + "-04-01T11:00:00Z")),
                Events.visitRecorded(UUID.randomUUID(), neverRegistered, Instant.parse(closed + "-04-02T11:00:00Z")),
                Events.visitRecorded(UUID.randomUUID(), erased, Instant.parse(open + "-02-01T10:00:00Z")),
                Events.visitRecorded(UUID.randomUUID(), kept, Instant.parse(open + "-02-01T11:00:00Z")),
                Events.visitRecorded(UUID.randomUUID(), registeredLater, Instant.parse(open + "-06-01T11:00:00Z")),
                Events.visitRecorded(UUID.randomUUID(), neverRegistered, Instant.parse(open + "-06-02T11:00:00Z"))));
        AnnualReport openBeforeFreezing = Api.annual(open);
        assertEquals(4, openBeforeFreezing.uniqueUsers());
        assertEquals(0, openBeforeFreezing.newUsers(), "all four were seen in the closed year: not new in the open one");
        AnnualReport closedBeforeFreezing = Api.annual(closed);
        assertEquals(4, closedBeforeFreezing.newUsers(), "first seen in the closed year, registration dates notwithstanding");

        assertEquals(YearFreezer.Outcome.FROZEN, freezer.freeze(closed));
        assertEquals(closedBeforeFreezing, Api.annual(closed));
        assertEquals(openBeforeFreezing, Api.annual(open), "the open year after the frozen one: still nobody new");
        AnnualReport closedBefore = Api.annual(closed);
        AnnualReport closedPublicBefore = Api.publicAnnual(closed);

        EventSender.sendAndAwait(ds, List.of(Events.erased(erased, Instant.parse(open + "-06-01T10:00:00Z"))));

        assertEquals(closedBefore, Api.annual(closed), "the frozen year is exactly as it was");
        assertEquals(closedPublicBefore, Api.publicAnnual(closed));
        AnnualReport openAfter = Api.annual(open);
        assertEquals(3, openAfter.uniqueUsers(), "the open year is recounted without the erased person");
        assertEquals(4, openAfter.servicesGiven(), "their service stays counted, anonymously");
        assertEquals(0, openAfter.newUsers());
        assertEquals(0, countRows("select count(*) from service_event where client_code = ?", erased));
        assertEquals(0, countRows("select count(*) from client where code = ?", erased), "the erased code's attributes are gone");
    }

    @Test
    void onlyAnAdministratorFreezesAndOnlyAClosedYear() {
        int current = LocalDate.now(java.time.ZoneId.of("Europe/Oslo")).getYear();
        for (String role : List.of("analyst", "municipality", "staff")) {
            given().auth().oauth2(Api.token(role)).post("/stats/frozen-years/2001").then()
                    .statusCode(403).contentType("application/problem+json");
        }
        given().post("/stats/frozen-years/2001").then().statusCode(401);
        given().auth().oauth2(Api.token("municipality")).get("/stats/frozen-years").then().statusCode(403);
        given().auth().oauth2(Api.token("admin")).get("/stats/frozen-years").then().statusCode(200);
        given().auth().oauth2(Api.token("admin")).post("/stats/frozen-years/" + current).then()
                .statusCode(409).contentType("application/problem+json").body("errors[0].field", is("year"));
        given().auth().oauth2(Api.token("admin")).post("/stats/frozen-years/next-year").then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", is("year"));
        given().auth().oauth2(Api.token("admin")).post("/stats/frozen-years/1989").then()
                .statusCode(400).body("errors[0].field", is("year"));
    }

    private int codesInYear(String prefix, int year) throws Exception {
        return countRows("select count(*) from service_event e join stats_generation g on g.active_gen = e.gen "
                + "where e.oslo_year = " + year + " and e.client_code like ?", prefix + "%");
    }

    private int countRows(String sql, Object param) throws Exception {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static double orZero(double value) {
        return Double.isNaN(value) ? 0 : value;
    }
}
