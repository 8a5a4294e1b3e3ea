package no.sentret.e2e.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.sentret.e2e.Gateway;
import no.sentret.e2e.SuiteUnderTest;
import no.sentret.e2e.Tokens;
import no.sentret.infra.suite.Suite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * The web frontend in Debian's headless Chromium against the whole suite: each test signs in through
 * Keycloak's login form as a demo user, works through its screens as a person would, checks what it
 * did through the API with the same user's rights, and saves a screenshot under
 * {@code e2e/target/screenshots/}.
 */
@ExtendWith(SuiteUnderTest.class)
class WebFrontendIT {

    private static final Duration STATS_DEADLINE = Duration.ofSeconds(60);

    @Test
    void frontDeskRegistersAClientRecordsAVisitAndVoidsItThenSignsOut(Suite suite, Gateway gateway, Tokens tokens) {
        try (Browser browser = new Browser(suite.gatewayUrl(), 1280, 1100)) {
            browser.signIn("staff");
            browser.waitFor(By.id("register-form"));
            // only the staff's screens
            assertEquals(List.of("#/front-desk"), browser.driver.findElements(By.cssSelector("#nav a")).stream()
                    .map(a -> a.getDomAttribute("href")).toList());

            // bad input: the problem's field message is shown
            new Select(browser.driver.findElement(By.id("reg-gender"))).selectByValue("WOMAN");
            browser.driver.findElement(By.id("reg-nationality")).sendKeys("Q");
            browser.driver.findElement(By.cssSelector("#register-form button[type=submit]")).click();
            WebElement problem = browser.waitFor(By.id("register-error"));
            assertTrue(problem.getText().contains("nationality"), "field message: " + problem.getText());

            // register with coarse attributes: a code is issued
            browser.driver.findElement(By.id("reg-nationality")).clear();
            browser.driver.findElement(By.id("reg-nationality")).sendKeys("es");
            new Select(browser.driver.findElement(By.id("reg-age"))).selectByValue("26-30");
            new Select(browser.driver.findElement(By.id("reg-region"))).selectByValue("WESTERN_EUROPE");
            browser.driver.findElement(By.cssSelector("#register-form button[type=submit]")).click();
            WebElement found = browser.waitFor(By.cssSelector("#search-results li[data-code]"));
            String code = found.getAttribute("data-code");
            JsonNode client = gateway.get("/api/clients/" + code, tokens.user("staff")).json();
            assertEquals("ES", client.path("nationality").asText());
            assertEquals("26-30", client.path("ageGroup").asText());

            // find it again by its prefix, record a visit: one click on the found client
            // the registration's own row is replaced by the search's answer: wait for that, or the click may meet the old row
            WebElement registered = browser.driver.findElement(By.cssSelector("#search-results li[data-code='" + code + "']"));
            browser.driver.findElement(By.id("code-prefix")).sendKeys(code.substring(0, 4));
            browser.driver.findElement(By.cssSelector("#search-form button")).click();
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(30))
                    .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(registered));
            browser.waitFor(By.cssSelector("#search-results li[data-code='" + code + "'] .visit-button")).click();
            browser.waitFor(By.xpath("//table[@id='today-visits']//tr[td[@class='code' and text()='" + code + "']]"));
            // and an anonymous one: one click
            int anonymousBefore = browser.driver.findElements(By.xpath("//table[@id='today-visits']//tr[td[@class='code' and text()='anonym']]")).size();
            browser.driver.findElement(By.id("anonymous-visit")).click();
            browser.waitUntil(d -> d.findElements(By.xpath("//table[@id='today-visits']//tr[td[@class='code' and text()='anonym']]")).size() == anonymousBefore + 1);

            // void the client's visit with a reason
            String visitId = browser.driver.findElement(By.xpath("//table[@id='today-visits']//tr[td[@class='code' and text()='" + code + "']]"))
                    .getAttribute("data-visit");
            browser.driver.findElement(By.cssSelector("tr[data-visit='" + visitId + "'] .void-button")).click();
            browser.waitFor(By.cssSelector("tr[data-visit='" + visitId + "'] .void-reason")).sendKeys("registrert to ganger");
            browser.driver.findElement(By.cssSelector("tr[data-visit='" + visitId + "'] .confirm-void")).click();
            browser.waitUntil(d -> d.findElement(By.cssSelector("tr[data-visit='" + visitId + "']")).getAttribute("class").contains("voided"));
            Axe.check(browser, "front-desk");
            browser.screenshot("front-desk");

            JsonNode visits = gateway.get("/api/visits/today?clientCode=" + code + "&includeVoided=true", tokens.user("staff")).json();
            assertEquals(1, visits.path("items").size(), visits.toString());
            assertEquals(visitId, visits.path("items").get(0).path("id").asText());
            assertTrue(visits.path("items").get(0).path("voided").asBoolean());
            assertEquals("registrert to ganger", visits.path("items").get(0).path("voidReason").asText());

            // signing out ends Keycloak's session too: the next visit asks for the password again
            browser.driver.findElement(By.id("logout")).click();
            browser.waitFor(By.id("username"));
            browser.open("");
            browser.waitFor(By.id("username"));
        }
    }

    @Test
    void theKioskTakesAScoreWithFollowUpsInThai(Suite suite, Gateway gateway, Tokens tokens) {
        int year = LocalDate.now(ZoneId.of("Europe/Oslo")).getYear();
        JsonNode before = annual(gateway, tokens, "/api/stats/annual/" + year);
        try (Browser browser = new Browser(suite.gatewayUrl(), 1024, 768)) {
            browser.signIn("kiosk");
            browser.waitFor(By.cssSelector("button[data-lang='th']")).click();
            browser.waitUntil(d -> "th".equals(d.findElement(By.id("kiosk")).getAttribute("lang")));
            assertEquals("วันนี้คุณพอใจกับการมาที่นี่แค่ไหน", browser.driver.findElement(By.cssSelector("#kiosk h1")).getText());
            browser.driver.findElement(By.cssSelector(".smiley[data-score='4']")).click();
            browser.waitFor(By.cssSelector("fieldset[data-question]"));
            List<WebElement> questions = browser.driver.findElements(By.cssSelector("fieldset[data-question]"));
            assertEquals(3, questions.size(), "score 4: bestPart, howOften, wouldRecommend");
            for (WebElement question : questions) {
                question.findElement(By.cssSelector("button.answer")).click();
            }
            Axe.check(browser, "kiosk-follow-ups-th");
            browser.screenshot("kiosk-follow-ups-th");
            browser.driver.findElement(By.id("kiosk-send")).click();
            assertEquals("ขอบคุณสำหรับความคิดเห็น", browser.waitFor(By.id("kiosk-thanks")).getText());
            browser.screenshot("kiosk-thanks-th");
            // back to the smileys by itself, for the next person
            browser.waitFor(By.cssSelector(".smiley[data-score='1']"));
            Axe.check(browser, "kiosk");
            browser.screenshot("kiosk");
        }
        JsonNode after = awaitAnnual(gateway, tokens, year,
                r -> r.path("feedback").path("withFollowUp").asInt() > before.path("feedback").path("withFollowUp").asInt());
        assertEquals(before.path("feedback").path("top").asInt() + 1, after.path("feedback").path("top").asInt(), "one top score");
        assertEquals(before.path("feedback").path("withFollowUp").asInt() + 1, after.path("feedback").path("withFollowUp").asInt());
    }

    @Test
    void theAnalystsDashboardShowsTheApisFiguresAndTheMunicipalitysViewShowsSuppressedCells(Suite suite, Gateway gateway, Tokens tokens) {
        int year = LocalDate.now(ZoneId.of("Europe/Oslo")).getYear();
        // this year's figures get something to show: three clients and four visits by staff, through the API
        JsonNode before = annual(gateway, tokens, "/api/stats/annual/" + year);
        String staff = tokens.user("staff");
        for (Map<String, Object> client : List.<Map<String, Object>>of(
                Map.of("gender", "WOMAN", "nationality", "ES", "ageGroup", "26-30"),
                Map.of("gender", "WOMAN", "nationality", "NO", "ageGroup", "31-35"),
                Map.of("gender", "TRANS_WOMAN", "nationality", "TH"))) {
            Gateway.Reply registered = gateway.post("/api/clients", staff, client);
            assertEquals(201, registered.status(), registered.toString());
            Gateway.Reply visit = gateway.post("/api/visits", staff,
                    Map.of("clientCode", registered.json().path("code").asText(), "activities", List.of("CONVERSATION", "MEAL")));
            assertEquals(201, visit.status(), visit.toString());
        }
        assertEquals(201, gateway.post("/api/visits", staff, Map.of("activities", List.of("REST"))).status());
        // and the areas' own figures: a health consultation with two lines, an outreach message
        String clinician = tokens.user("clinician");
        String patient = StaffScreensIT.registeredClient(gateway, tokens, "/api/health/consultations?clientCode=", clinician);
        Gateway.Reply consultation = gateway.post("/api/health/consultations", clinician, Map.of("clientCode", patient,
                "professionalType", "DOCTOR", "services", List.of(
                        Map.of("category", "STI_TEST", "infection", "SYPHILIS", "sampleSites", List.of("BLOOD")),
                        Map.of("category", "PREP", "prepStage", "START", "regimen", "DAILY"))));
        assertEquals(201, consultation.status(), consultation.toString());
        Gateway.Reply message = gateway.post("/api/outreach/messages", tokens.user("outreach"), Map.of("channel", "SMS",
                "direction", "INBOUND", "topics", List.of("HEALTH"), "conversation", "samtale-" + java.util.UUID.randomUUID().toString().replaceAll("[^a-f]", "")));
        assertEquals(201, message.status(), message.toString());
        awaitAnnual(gateway, tokens, year, r -> r.path("servicesGiven").asInt() >= before.path("servicesGiven").asInt() + 6
                && r.path("outreach").path("contacts").asInt() > before.path("outreach").path("contacts").asInt());
        try (Browser browser = new Browser(suite.gatewayUrl(), 1280, 2400)) {
            browser.signIn("analyst");
            compareWithApi(browser, gateway, tokens.user("analyst"), "#/dashboard", "/api/stats/annual/", year);
            // the twelve months in the chart are the API's
            Object chartUsers = browser.driver.executeScript(
                    "return Chart.getChart(document.getElementById('months-chart')).data.datasets[0].data");
            JsonNode report = annual(gateway, tokens, "/api/stats/annual/" + year);
            assertEquals(12, ((List<?>) chartUsers).size());
            for (int m = 0; m < 12; m++) {
                assertEquals(report.path("months").get(m).path("uniqueUsers").asLong(), ((Number) ((List<?>) chartUsers).get(m)).longValue(), "month " + (m + 1));
            }
            compareSharesWithApi(browser, gateway, tokens.user("analyst"), "/api/stats/nationality-share", year);
            Axe.check(browser, "analyst-dashboard");
            browser.screenshot("analyst-dashboard");
        }
        try (Browser browser = new Browser(suite.gatewayUrl(), 1280, 2400)) {
            browser.signIn("municipality");
            assertEquals(List.of("#/public"), browser.driver.findElements(By.cssSelector("#nav a")).stream()
                    .map(a -> a.getDomAttribute("href")).toList());
            Map<String, String> shown = compareWithApi(browser, gateway, tokens.municipality(), "#/public", "/api/stats/public/annual/", year);
            for (Browser.Figure cell : browser.figures("#report [data-figure].suppressed")) {
                assertEquals("skjult", cell.text());
                assertEquals("", shown.get(cell.name()));
            }
            compareSharesWithApi(browser, gateway, tokens.municipality(), "/api/stats/public/nationality-share", year);
            Axe.check(browser, "municipality-view");
            browser.screenshot("municipality-view");

            // keyboard: the first Tab reaches the skip link, visibly focused; Enter moves focus to the
            // content and stays on the screen (it used to follow #main and redraw the first screen)
            browser.open("#/public");
            browser.driver.navigate().refresh();
            browser.waitFor(By.cssSelector("#report [data-figure='uniqueUsers']"));
            new Actions(browser.driver).sendKeys(Keys.TAB).perform();
            assertEquals("skip", browser.driver.switchTo().activeElement().getAttribute("id"));
            assertEquals("solid", browser.driver.executeScript("return getComputedStyle(document.activeElement).outlineStyle"));
            new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
            browser.waitUntil(d -> "main".equals(d.switchTo().activeElement().getAttribute("id")));
            assertEquals("#/public", browser.driver.executeScript("return location.hash"));
            assertEquals(1, browser.driver.findElements(By.cssSelector("#report[data-year] [data-figure='uniqueUsers']")).size(), "the screen is not redrawn");
        }
    }

    /**
     * Shows the year on the screen and compares every figure on it (data-figure: name, data-value: the
     * value, empty when suppressed) with the API's report for the same year, read right before and
     * after; a report that changed meanwhile (events still arriving) is read again.
     */
    private static Map<String, String> compareWithApi(Browser browser, Gateway gateway, String token, String screen, String api, int year) {
        AssertionError last = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            Map<String, String> expected = flatten(reply(gateway, api + year, token));
            browser.open(screen);
            WebElement input = browser.waitFor(By.id("year"));
            input.clear();
            input.sendKeys(Integer.toString(year));
            browser.driver.findElement(By.cssSelector("#year-form button[type=submit]")).click();
            browser.waitFor(By.cssSelector("#report[data-year='" + year + "'] [data-figure='uniqueUsers']"));
            Map<String, String> shown = new TreeMap<>();
            for (Browser.Figure figure : browser.figures("#report [data-figure][data-value]")) {
                shown.put(figure.name(), figure.value());
                if (!figure.value().isEmpty() && !figure.name().matches("(?i).*(share|average|averagePerWeek|change)$")) {
                    assertEquals(figure.value(), figure.text().replaceAll("[^0-9-]", ""), "shown text of " + figure.name());
                }
            }
            if (!expected.equals(flatten(reply(gateway, api + year, token)))) {
                continue;
            }
            try {
                assertEquals(expected, shown, "figures on the screen vs " + api + year);
                return shown;
            } catch (AssertionError e) {
                last = e;
            }
        }
        throw last != null ? last : new AssertionError("the report kept changing");
    }

    /** The report as the screen names its figures; null (suppressed) as "". */
    static Map<String, String> flatten(JsonNode r) {
        Map<String, String> figures = new TreeMap<>();
        put(figures, "uniqueUsers", r.get("uniqueUsers"));
        put(figures, "newUsers", r.get("newUsers"));
        put(figures, "servicesGiven", r.get("servicesGiven"));
        JsonNode m = r.path("monthlyUniqueUsers");
        put(figures, "monthly.average", m.get("average"));
        put(figures, "monthly.peak", m.get("peak"));
        put(figures, "monthly.lowest", m.get("lowest"));
        r.path("months").forEach(mo -> {
            put(figures, "month." + mo.path("month").asText() + ".uniqueUsers", mo.get("uniqueUsers"));
            put(figures, "month." + mo.path("month").asText() + ".services", mo.get("services"));
        });
        r.path("areas").forEach(a -> {
            put(figures, "area." + a.path("area").asText() + ".uniquePersons", a.get("uniquePersons"));
            put(figures, "area." + a.path("area").asText() + ".services", a.get("services"));
            a.path("months").forEach(mo -> {
                String name = "areaMonth." + a.path("area").asText() + "." + mo.path("month").asText();
                put(figures, name + ".uniquePersons", mo.get("uniquePersons"));
                put(figures, name + ".services", mo.get("services"));
            });
        });
        for (String group : List.of("gender", "nationality", "ageGroup")) {
            // the screen lists the categories with users or hidden ones, not the public list's zeros
            r.path("demographics").path(group).forEach(c -> {
                if (!(c.get("users").isInt() && c.get("users").asInt() == 0)) {
                    put(figures, group + "." + c.path("category").asText(), c.get("users"));
                }
            });
        }
        JsonNode f = r.path("feedback");
        for (String name : List.of("responses", "top", "second", "twoLowest", "withFollowUp", "followUpShare")) {
            put(figures, "feedback." + name, f.get(name));
        }
        f.path("scores").forEach(s -> put(figures, "feedback.score." + s.path("score").asText(), s.get("responses")));
        for (String area : List.of("health", "legal", "outreach")) {
            areaFigures(figures, area, r.path(area));
        }
        return figures;
    }

    /**
     * An area's own figures as the screen names them: a number area.key, a breakdown area.key.CATEGORY,
     * an ad site area.adSites.SITE.figure (its weeks are the outreach screen's, not the dashboard's).
     */
    private static void areaFigures(Map<String, String> figures, String area, JsonNode section) {
        section.fields().forEachRemaining(entry -> {
            String name = area + "." + entry.getKey();
            JsonNode value = entry.getValue();
            if (value.isNull() || value.isNumber()) {
                put(figures, name, value);
            } else if (entry.getKey().equals("adSites")) {
                value.forEach(site -> {
                    for (String figure : List.of("weeksCounted", "ads", "averagePerWeek", "previousYearAveragePerWeek", "yearOverYearChange")) {
                        put(figures, name + "." + site.path("site").asText() + "." + figure, site.get(figure));
                    }
                });
            } else if (value.isArray()) {
                value.forEach(c -> put(figures, name + "." + c.path("category").asText(), c.get("count")));
            }
        });
    }

    /**
     * The nationality shares from 2016 to the year: every year's unique users and each listed
     * nationality's users in the table equal the API's, and the chart's lines are the API's shares.
     */
    private static void compareSharesWithApi(Browser browser, Gateway gateway, String token, String api, int year) {
        int from = Math.min(2016, year);
        browser.waitFor(By.cssSelector("#nationality-share[data-years='" + from + "-" + year + "'] [data-figure]"));
        JsonNode report = reply(gateway, api + "?fromYear=" + from + "&toYear=" + year, token);
        Map<String, String> expected = new TreeMap<>();
        Map<String, Double> shares = new TreeMap<>();
        report.path("years").forEach(y -> {
            put(expected, "share." + y.path("year").asText() + ".uniqueUsers", y.get("uniqueUsers"));
            y.path("nationalities").forEach(n -> {
                put(expected, "share." + y.path("year").asText() + "." + n.path("nationality").asText(), n.get("users"));
                shares.put(y.path("year").asText() + "." + n.path("nationality").asText(), n.path("share").isNumber() ? n.path("share").asDouble() * 100 : null);
            });
        });
        assertEquals(year - from + 1, report.path("years").size());
        int compared = 0;
        for (Browser.Figure figure : browser.figures("#nationality-share [data-figure]")) {
            // a nationality not in a year's list had no users that year
            assertEquals(expected.getOrDefault(figure.name(), "0"), figure.value(), figure.name());
            compared++;
        }
        assertTrue(compared >= year - from + 1, "every year's figures shown");
        List<?> datasets = (List<?>) browser.driver.executeScript(
                "return Chart.getChart(document.getElementById('shares-chart')).data.datasets.map(d => [d.label, d.data])");
        for (Object dataset : datasets) {
            List<?> pair = (List<?>) dataset;
            List<?> data = (List<?>) pair.get(1);
            for (int i = 0; i < data.size(); i++) {
                String key = (from + i) + "." + pair.get(0);
                Double want = shares.containsKey(key) ? shares.get(key) : Double.valueOf(0);
                Object got = data.get(i);
                if (want == null) {
                    assertEquals(null, got, key);
                } else {
                    assertEquals(want, ((Number) got).doubleValue(), 1e-9, "chart share " + key);
                }
            }
        }
    }

    private static void put(Map<String, String> figures, String name, JsonNode value) {
        figures.put(name, value == null || value.isNull() ? "" : new BigDecimal(value.asText()).stripTrailingZeros().toPlainString());
    }

    private static JsonNode reply(Gateway gateway, String path, String token) {
        Gateway.Reply reply = gateway.get(path, token);
        assertEquals(200, reply.status(), reply.toString());
        return reply.json();
    }

    private static JsonNode annual(Gateway gateway, Tokens tokens, String path) {
        return reply(gateway, path, tokens.user("analyst"));
    }

    private static JsonNode awaitAnnual(Gateway gateway, Tokens tokens, int year, java.util.function.Predicate<JsonNode> done) {
        long deadline = System.nanoTime() + STATS_DEADLINE.toNanos();
        JsonNode last = annual(gateway, tokens, "/api/stats/annual/" + year);
        while (!done.test(last) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            last = annual(gateway, tokens, "/api/stats/annual/" + year);
        }
        return last;
    }
}
