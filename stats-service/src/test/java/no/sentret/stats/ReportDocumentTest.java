package no.sentret.stats;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import no.sentret.infra.testing.RealInfrastructureResource;
import no.sentret.infra.testing.RoleMatrix;
import no.sentret.infra.testing.RoleMatrix.Endpoint;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The annual report as a document: every figure of the HTML equals the JSON endpoint's, the PDF
 * (read back with PDFBox) shows the same rows, the two languages, the public version with its
 * suppressed cells marked, 406 for another Accept, and the role rules.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class ReportDocumentTest {

    /** Where the documents of a run are left for a look (and the README's pictures). */
    static final Path OUT = Path.of("target", "report-document");

    @Inject
    AgroalDataSource ds;

    @Test
    void theDocumentShowsTheFiguresOfTheJsonReport() throws IOException {
        int y = TestData.freshYears(3) + 1;
        GeneratedYear g = new GeneratedYear(TestData.codePrefix("D"), y, 450, 5000, 40, 900, 20221231L);
        EventSender.sendAndAwait(ds, g.first);
        List<Events.Ev> then = new ArrayList<>(g.then);
        then.addAll(areaEvents(y, new ArrayList<>(g.clients.keySet())));
        EventSender.sendAndAwait(ds, then);

        Map<String, JsonPath> json = json(y, "/stats");
        assertTrue(json.get("annual").getInt("uniqueUsers") > 300, "a realistic year");
        long start = System.nanoTime();
        String html = document("/stats", y, "text/html", "en").asString();
        long htmlMillis = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        byte[] pdf = document("/stats", y, "application/pdf", "en").asByteArray();
        long pdfMillis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("report document for a year of %d services: HTML %d ms, PDF %d ms (%d bytes)%n",
                json.get("annual").getInt("servicesGiven"), htmlMillis, pdfMillis, pdf.length);
        save("analyst-en.html", html.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        save("analyst-en.pdf", pdf);

        Document doc = Jsoup.parse(html);
        int figures = assertFiguresEqual(doc, json, "–");
        assertTrue(figures > 120, "the document shows the report's figures: " + figures);
        assertEquals(2, doc.select("[data-figure^=previous:]").stream().filter(e -> e.attr("data-figure").contains("newUsers")
                || e.attr("data-figure").contains("uniqueUsers")).count(), "the year before is compared");
        assertEquals(6, doc.select("div.chart svg").size(), "the seed report's charts, server-side SVG");
        assertEquals(12, valueLabels(doc.select("div.chart").get(0)).size(), "the monthly chart labels every month");

        String pdfText = pdfText(pdf);
        assertPdfRowsEqualHtml(doc, pdfText);
        String unique = String.format(Locale.UK, "%,d", json.get("annual").getInt("uniqueUsers"));
        assertTrue(pdfText.contains("Unique users " + unique + " "), "the PDF names the unique users: " + unique);

        // Norwegian by default and when asked; English when asked
        Document nb = Jsoup.parse(document("/stats", y, "text/html", null).asString());
        Response nbExplicit = document("/stats", y, "text/html", "nb-NO, en;q=0.5");
        assertEquals("nb", nbExplicit.header("Content-Language"));
        assertEquals(List.of("Nøkkeltall og sammenligning med året før", "Unike brukere per måned"),
                nb.select("h2").eachText().subList(0, 2));
        assertEquals(nb.select("h2").eachText(), Jsoup.parse(nbExplicit.asString()).select("h2").eachText());
        assertEquals(List.of("Key figures and comparison with the year before", "Unique users per month"),
                doc.select("h2").eachText().subList(0, 2));
        assertTrue(nb.text().contains("Definisjoner") && doc.text().contains("Definitions"));
        assertEquals("nb", nb.select("html").attr("lang"));
        assertEquals(figures, assertFiguresEqual(nb, json, "–"), "the Norwegian document shows the same figures");
        byte[] nbPdf = document("/stats", y, "application/pdf", "nb").asByteArray();
        save("analyst-nb.pdf", nbPdf);
        save("analyst-nb.html", document("/stats", y, "text/html", "nb").asByteArray());
        assertTrue(pdfText(nbPdf).contains("Brukertilfredshet"), "Norwegian headings in the PDF");
    }

    @Test
    void theMunicipalitysDocumentMarksSuppressedCellsAndDrawsNone() throws IOException {
        int y = TestData.freshYears(3) + 1;
        // a small year: many counts of 1 and 2, so disclosure control hides cells everywhere
        GeneratedYear g = new GeneratedYear(TestData.codePrefix("S"), y, 14, 45, 1, 12, 20230101L);
        EventSender.sendAndAwait(ds, g.first);
        List<Events.Ev> then = new ArrayList<>(g.then);
        then.addAll(areaEvents(y, new ArrayList<>(g.clients.keySet())));
        EventSender.sendAndAwait(ds, then);

        Map<String, JsonPath> json = json(y, "/stats/public");
        String html = given().auth().oauth2(Api.token("municipality")).accept("text/html").header("Accept-Language", "en")
                .get("/stats/public/annual/" + y + "/report").then().statusCode(200).extract().asString();
        byte[] pdf = given().auth().oauth2(Api.token("municipality")).accept("application/pdf").header("Accept-Language", "en")
                .get("/stats/public/annual/" + y + "/report").then().statusCode(200).extract().asByteArray();
        save("public-en.html", html.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        save("public-en.pdf", pdf);
        save("public-nb.pdf", given().auth().oauth2(Api.token("municipality")).accept("application/pdf")
                .get("/stats/public/annual/" + y + "/report").then().statusCode(200).extract().asByteArray());

        Document doc = Jsoup.parse(html);
        assertFiguresEqual(doc, json, "suppressed");
        long hidden = doc.select("td[data-figure]").stream().filter(e -> e.text().equals("suppressed")).count();
        assertTrue(hidden >= 5, "the year has suppressed cells: " + hidden);
        assertEquals(hidden, doc.select("td.suppressed[data-figure]").size());

        String pdfText = pdfText(pdf);
        assertPdfRowsEqualHtml(doc, pdfText);

        // no chart draws a hidden figure: every value label of a chart is a figure the tables publish,
        // and the monthly chart labels exactly the published months (the analysts' labels all twelve)
        JsonPath months = json.get("annual");
        java.util.Set<String> publishedTexts = new java.util.HashSet<>();
        for (Element cell : doc.select("td[data-figure]")) {
            publishedTexts.add(cell.text().replace("%", ""));
        }
        for (Element chart : doc.select("div.chart")) {
            for (String label : valueLabels(chart)) {
                assertTrue(publishedTexts.contains(label), "a chart draws " + label + ", which no table publishes");
            }
        }
        long publishedMonths = java.util.stream.IntStream.range(0, 12).filter(m -> months.get("months[" + m + "].uniqueUsers") != null).count();
        assertTrue(publishedMonths < 12, "some month is hidden in this small year");
        assertEquals(publishedMonths, valueLabels(doc.select("div.chart").get(0)).size(), "the monthly chart draws the published months only");
        if (months.get("monthlyUniqueUsers.peak") == null) {
            String peakMonth = java.time.YearMonth.parse(months.getString("monthlyUniqueUsers.peakMonth")).getMonth()
                    .getDisplayName(java.time.format.TextStyle.FULL_STANDALONE, Locale.UK);
            assertFalse(doc.text().contains(peakMonth + " (Most)") || doc.select("p.summary").text().contains("the most in"),
                    "a hidden peak is not named");
        }
    }

    @Test
    void anotherFormatIsA406ProblemAndABadYearA400() {
        for (String path : List.of("/stats/annual/2001/report", "/stats/public/annual/2001/report")) {
            for (String accept : List.of("application/json", "text/csv", "image/png")) {
                given().auth().oauth2(Api.token("analyst")).accept(accept).get(path).then()
                        .statusCode(406).contentType("application/problem+json").body("errors[0].field", org.hamcrest.Matchers.is("Accept"));
            }
            given().auth().oauth2(Api.token("analyst")).accept("application/pdf;q=0.9, text/html;q=0.1").get(path).then()
                    .statusCode(200).contentType("application/pdf");
        }
        given().auth().oauth2(Api.token("analyst")).accept("application/pdf").get("/stats/annual/20x2/report").then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", org.hamcrest.Matchers.is("year"));
        given().auth().oauth2(Api.token("municipality")).get("/stats/public/annual/1200/report").then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", org.hamcrest.Matchers.is("year"));
    }

    static Stream<Arguments> matrix() {
        return RoleMatrix.of(List.of(
                new Endpoint("GET /stats/annual/{year}/report (html)", Set.of("analyst"), r -> r.accept("text/html").get("/stats/annual/2001/report")),
                new Endpoint("GET /stats/annual/{year}/report (pdf)", Set.of("analyst"), r -> r.accept("application/pdf").get("/stats/annual/2001/report")),
                new Endpoint("GET /stats/public/annual/{year}/report (html)", Set.of("analyst", "municipality"),
                        r -> r.accept("text/html").get("/stats/public/annual/2001/report")),
                new Endpoint("GET /stats/public/annual/{year}/report (pdf)", Set.of("analyst", "municipality"),
                        r -> r.accept("application/pdf").get("/stats/public/annual/2001/report"))));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("matrix")
    void roleRule(Endpoint endpoint, String role) {
        RoleMatrix.check(endpoint, role);
    }

    // --- the year's legal-aid and outreach events, so that their tables hold figures

    static List<Events.Ev> areaEvents(int y, List<String> codes) {
        List<Events.Ev> events = new ArrayList<>();
        Instant may = LocalDate.of(y, 5, 10).atTime(12, 0).toInstant(ZoneOffset.UTC);
        String[] answers = {"YES", "YES", "YES", "NO", "NOT_ASKED"};
        for (int i = 0; i < 29; i++) {
            events.add(Events.legalInquiry(UUID.randomUUID(), codes.get(i % codes.size()), may.plusSeconds(86_400L * i),
                    answers[i % answers.length], i % 3 == 0 ? "CRIMINAL" : "IMMIGRATION"));
        }
        for (int i = 0; i < 12; i++) {
            events.add(Events.legalShift(i % 4 == 3 ? "LegalShiftNobodyCame" : "LegalShiftHeld", UUID.randomUUID(),
                    LocalDate.of(y, 2, 1).plusWeeks(i), "REGULAR"));
        }
        for (int i = 0; i < 9; i++) {
            LocalDate opened = LocalDate.of(y, 3, 1).plusWeeks(i);
            UUID id = UUID.randomUUID();
            events.add(Events.caseOpened(id, codes.get(i), opened, i % 2 == 0 ? "CRIMINAL" : "FAMILY"));
            if (i < 6) {
                events.add(Events.caseClosed(id, codes.get(i), opened, i % 2 == 0 ? "CRIMINAL" : "FAMILY", opened.plusDays(5),
                        i < 3 ? "RESOLVED_ON_SITE" : "REFERRED"));
            }
        }
        String[] channels = {"WHATSAPP", "WHATSAPP", "WHATSAPP", "SMS", "PHONE"};
        for (int i = 0; i < 40; i++) {
            events.add(Events.outreachRecorded(UUID.randomUUID(), i % 4 == 0 ? null : codes.get((i * 7) % codes.size()),
                    may.plusSeconds(3600L * i), channels[i % channels.length]));
        }
        for (int i = 0; i < 6; i++) {
            events.add(Events.streetShift(UUID.randomUUID(), may.plusSeconds(7 * 86_400L * i), 5 + i, 40 + i, 20, 3, i));
            events.add(Events.assignment(UUID.randomUUID(), may.plusSeconds(5 * 86_400L * i), i % 2 == 0 ? "SCHOOL_CLASS" : "LECTURE"));
        }
        return events;
    }

    // --- reading the documents back

    private static Response document(String base, int year, String accept, String language) {
        var request = given().auth().oauth2(Api.token("analyst")).accept(accept);
        if (language != null) {
            request = request.header("Accept-Language", language);
        }
        return request.get(base + "/annual/" + year + "/report").then().statusCode(200)
                .contentType(accept.equals("text/html") ? "text/html" : "application/pdf").extract().response();
    }

    /** The JSON the document is built from: the year, the year before, the nationality shares. */
    private static Map<String, JsonPath> json(int y, String base) {
        JsonPathConfig doubles = new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE);
        String token = Api.token(base.endsWith("public") ? "municipality" : "analyst");
        int from = y < 2016 ? y : Math.max(2016, y - 9);
        return Map.of(
                "annual", JsonPath.from(given().auth().oauth2(token).get(base + "/annual/" + y).then().statusCode(200).extract().asString()).using(doubles),
                "previous", JsonPath.from(given().auth().oauth2(token).get(base + "/annual/" + (y - 1)).then().statusCode(200).extract().asString()).using(doubles),
                "share", JsonPath.from(given().auth().oauth2(token).queryParam("fromYear", from).queryParam("toYear", y)
                        .get(base + "/nationality-share").then().statusCode(200).extract().asString()).using(doubles));
    }

    /** Each figure cell against the JSON value it names; @return how many there were. */
    private static int assertFiguresEqual(Document doc, Map<String, JsonPath> json, String missing) {
        int n = 0;
        boolean english = doc.select("html").attr("lang").equals("en");
        for (Element cell : doc.select("[data-figure]")) {
            String[] ref = cell.attr("data-figure").split(":", 2);
            Object value = json.get(ref[0]).get(ref[1]);
            assertEquals(expected(ref[1], value, missing, english), cell.text().replace('\u00a0', ' '), cell.attr("data-figure"));
            n++;
        }
        return n;
    }

    /** How a figure reads (independently of the service's formatting code): en 1,234 / 64.3% / 665.0; nb 1 234 / 64,3 % / 665,0. */
    private static String expected(String path, Object value, String missing, boolean english) {
        if (value == null) {
            return english ? missing : missing.equals("–") ? "–" : "skjult";
        }
        String leaf = path.substring(path.lastIndexOf('.') + 1);
        String text;
        if (leaf.toLowerCase(Locale.ROOT).endsWith("share")) {
            text = String.format(Locale.UK, "%.1f", new BigDecimal(((Number) value).doubleValue() * 100).setScale(1, RoundingMode.HALF_UP))
                    + (english ? "%" : " %");
        } else if (leaf.toLowerCase(Locale.ROOT).contains("average")) {
            text = String.format(Locale.UK, "%,.1f", new BigDecimal(((Number) value).doubleValue()).setScale(1, RoundingMode.HALF_UP));
        } else {
            text = String.format(Locale.UK, "%,d", ((Number) value).longValue());
        }
        return english ? text : text.replace(",", " ").replace('.', ',');
    }

    /** Every table row of the HTML (label and figures, as a reader sees them) is a line of the PDF. */
    private static void assertPdfRowsEqualHtml(Document doc, String pdfText) {
        int rows = 0;
        for (Element tr : doc.select("tbody tr")) {
            String row = normalize(String.join(" ", tr.select("td").eachText()));
            assertTrue(pdfText.contains(row), "the PDF shows the row \"" + row + "\"");
            rows++;
        }
        assertTrue(rows > 60, "rows compared: " + rows);
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertTrue(document.getNumberOfPages() >= 3, "pages: " + document.getNumberOfPages());
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return normalize(stripper.getText(document));
        }
    }

    private static String normalize(String s) {
        return s.replace('\u00a0', ' ').replaceAll("[ \\t]+", " ").replaceAll(" ?\\R ?", "\n");
    }

    /** A chart's value labels (drawn at 9 px; axis ticks and category names are larger). */
    private static List<String> valueLabels(Element chart) {
        return chart.select("text").stream().filter(t -> t.attr("style").contains("font-size: 9px")).map(Element::text).toList();
    }

    private static void save(String name, byte[] bytes) throws IOException {
        Files.createDirectories(OUT);
        Files.write(OUT.resolve(name), bytes);
    }
}
