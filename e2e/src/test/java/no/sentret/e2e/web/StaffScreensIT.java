package no.sentret.e2e.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.sentret.e2e.Gateway;
import no.sentret.e2e.SuiteUnderTest;
import no.sentret.e2e.Tokens;
import no.sentret.infra.suite.Suite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The clinician's, the legal-aid and the outreach screens in Debian's headless Chromium at a tablet's
 * width: each test signs in through Keycloak's form, records through the screen as a person would,
 * checks the records through the API with the same role's token, proves that the role's own
 * endpoints answer a browser session (its roles come from the access token, issue 17), runs axe-core
 * on the screen and saves a screenshot.
 */
@ExtendWith(SuiteUnderTest.class)
class StaffScreensIT {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final int TABLET_WIDTH = 1024;

    @Test
    void aClinicianRecordsAConsultationWithAnStiTestSetsItsResultAndWorksTheLists(Suite suite, Gateway gateway, Tokens tokens) {
        String clinician = tokens.user("clinician");
        String code = registeredClient(gateway, tokens, "/api/health/consultations?clientCode=", clinician);
        // the privacy officer asks for what is held under the code: the request waits in the clinicians' list
        String admin = tokens.user("admin");
        JsonNode asked = ok(gateway.get("/api/privacy/clients/" + code + "/export", admin)).path("sections").path("health");
        assertEquals("REQUESTED", asked.path("release").path("status").asText(), asked.toString());
        try (Browser browser = new Browser(suite.gatewayUrl(), TABLET_WIDTH, 2600)) {
            browser.signIn("clinician");
            browser.waitFor(By.id("consultation-form"));
            assertEquals(List.of("#/health"), nav(browser));
            // the role's own endpoints answer the browser session; another role's do not
            for (String path : List.of("/api/health/work-lists/pending-results", "/api/health/work-lists/untold-positives",
                    "/api/health/work-lists/prep-follow-ups", "/api/health/work-lists/second-doses", "/api/health/campaigns",
                    "/api/health/invitations", "/api/health/consultations?clientCode=" + code)) {
                assertEquals(200, browser.fetchStatus(path), "clinician's browser session: " + path);
            }
            assertEquals(403, browser.fetchStatus("/api/stats/annual/2020"), "not the analysts' figures");
            assertEquals(403, browser.fetchStatus("/api/legal-aid/shifts?from=2020-01-01&to=2020-01-31"), "not legal aid");
            Axe.assertDetectsAnUnlabelledInput(browser);
            Axe.check(browser, "health");

            // a consultation with three service lines: an STI test (one infection, two sample sites), counselling, a first mpox dose
            browser.driver.findElement(By.id("h-client")).sendKeys(code);
            addLine(browser, "STI_TEST");
            new Select(browser.driver.findElement(By.cssSelector("#lines fieldset:nth-of-type(1) select[id$='-infection']"))).selectByValue("CHLAMYDIA");
            checkBox(browser, "#lines fieldset:nth-of-type(1)", "URINE");
            checkBox(browser, "#lines fieldset:nth-of-type(1)", "THROAT");
            addLine(browser, "COUNSELLING");
            checkBox(browser, "#lines fieldset:nth-of-type(2)", "SAFER_SEX");
            addLine(browser, "VACCINATION");
            new Select(browser.driver.findElement(By.cssSelector("#lines fieldset:nth-of-type(3) select[id$='-vaccine']"))).selectByValue("MPOX");
            browser.click(By.cssSelector("#consultation-form button[type=submit]"));
            browser.waitUntil(d -> d.findElement(By.id("consultation-form")).getAttribute("data-recorded") != null);
            String consultationId = browser.driver.findElement(By.id("consultation-form")).getAttribute("data-recorded");

            JsonNode consultation = ok(gateway.get("/api/health/consultations/" + consultationId, clinician));
            assertEquals(code, consultation.path("clientCode").asText());
            assertEquals("NURSE", consultation.path("professionalType").asText());
            JsonNode services = consultation.path("services");
            assertEquals(3, services.size(), services.toString());
            JsonNode test = services.get(0);
            assertEquals("STI_TEST", test.path("category").asText());
            assertEquals("CHLAMYDIA", test.path("infection").asText());
            assertEquals("[\"URINE\",\"THROAT\"]", test.path("sampleSites").toString());
            assertEquals("PENDING", test.path("result").asText());
            assertEquals("SAFER_SEX", services.get(1).path("topics").get(0).asText());
            assertEquals("MPOX", services.get(2).path("vaccine").asText());
            assertEquals(1, services.get(2).path("dose").asInt());
            String testId = test.path("id").asText();

            // the result pending: set it positive, not told yet
            By pendingRow = By.cssSelector("#pending-results tr[data-test='" + testId + "']");
            browser.waitFor(pendingRow);
            new Select(browser.driver.findElement(By.cssSelector("#pending-results tr[data-test='" + testId + "'] select"))).selectByValue("POSITIVE");
            browser.click(By.cssSelector("#pending-results tr[data-test='" + testId + "'] button[type=submit]"));
            browser.waitFor(By.cssSelector("#untold-positives tr[data-test='" + testId + "']"));
            assertTrue(browser.driver.findElements(pendingRow).isEmpty(), "no longer pending");
            JsonNode result = ok(gateway.get("/api/health/test-results/" + testId, clinician));
            assertEquals("POSITIVE", result.path("result").asText());
            assertTrue(result.path("toldAt").isNull(), result.toString());
            // the second dose of mpox is due within 28 days
            assertTrue(browser.driver.findElement(By.id("second-doses")).getText().contains(code), "second dose listed");
            browser.screenshot("health-work-lists");

            // told: off the list
            browser.click(By.cssSelector("#untold-positives tr[data-test='" + testId + "'] .mark-told"));
            browser.waitUntil(d -> d.findElements(By.cssSelector("#untold-positives tr[data-test='" + testId + "']")).isEmpty());
            result = ok(gateway.get("/api/health/test-results/" + testId, clinician));
            assertEquals("POSITIVE", result.path("result").asText());
            assertFalse(result.path("toldAt").isNull(), result.toString());

            // a campaign: the client (a health consultation this year) is on its list; a contact is logged
            String title = "HPV e2e " + letters(8);
            new Select(browser.driver.findElement(By.id("c-vaccine"))).selectByValue("HPV");
            new Select(browser.driver.findElement(By.id("c-rule"))).selectByValue("HEALTH_CONSULTATION_LAST_12_MONTHS");
            browser.driver.findElement(By.id("c-title")).sendKeys(title);
            browser.click(By.cssSelector("#campaign-form button[type=submit]"));
            By campaignRow = By.xpath("//table[@id='campaigns']//tr[td[text()='" + title + "']]");
            browser.waitFor(campaignRow);
            String campaignId = browser.driver.findElement(campaignRow).getAttribute("data-campaign");
            browser.click(By.cssSelector("tr[data-campaign='" + campaignId + "'] .show-campaign"));
            By eligible = By.cssSelector("#eligible tr[data-code='" + code + "']");
            browser.waitFor(eligible);
            new Select(browser.driver.findElement(By.cssSelector("#eligible tr[data-code='" + code + "'] select[name=outcome]"))).selectByValue("DECLINED");
            browser.click(By.cssSelector("#eligible tr[data-code='" + code + "'] .contact-form button"));
            // the row's last contact (its third cell; the row's selects list every outcome too) once the list is redrawn
            browser.waitUntil(d -> d.findElement(By.cssSelector("#eligible tr[data-code='" + code + "'] td:nth-child(3)")).getText().startsWith("Takket nei"));
            JsonNode progress = ok(gateway.get("/api/health/campaigns/" + campaignId + "/progress", clinician));
            assertEquals(1, progress.path("contacted").asInt(), progress.toString());
            for (String figure : List.of("listed", "contacted", "notContacted", "contactAttempts")) {
                assertEquals(progress.path(figure).asText(),
                        browser.driver.findElement(By.cssSelector("[data-figure='campaign." + figure + "']")).getAttribute("data-value"), figure);
            }
            Axe.check(browser, "health-campaign");

            // today's consultations: the counselling line voided with a reason; the consultation stands
            String counselling = services.get(1).path("id").asText();
            voidThrough(browser, "#consultations li[data-line='" + counselling + "']", "registrert på feil klient");
            browser.waitUntil(d -> d.findElements(By.cssSelector("#consultations li[data-line='" + counselling + "']")).isEmpty());
            JsonNode after = ok(gateway.get("/api/health/consultations/" + consultationId, clinician)).path("services");
            assertTrue(after.get(1).path("voided").asBoolean(), after.toString());
            assertEquals("registrert på feil klient", after.get(1).path("voidReason").asText());
            assertFalse(after.get(0).path("voided").asBoolean(), "the other lines stand");
            Axe.check(browser, "health-void");

            // the privacy officer's request, released from the list: the officer's export now holds the consultation
            JsonNode released = releaseFromList(browser, gateway, admin, code, "health");
            assertEquals("RELEASED", released.path("release").path("status").asText(), released.toString());
            assertEquals(consultationId, released.path("records").path("consultations").path(0).path("id").asText(), released.toString());
            browser.screenshot("health");
        }
    }

    @Test
    void theCoordinatorPlansAShiftAndTheLawyerRecordsAnInquiryAndACaseAndClosesIt(Suite suite, Gateway gateway, Tokens tokens) {
        String coordinator = tokens.user("legal-coordinator");
        String lawyer = tokens.user("lawyer");
        Gateway.Reply roster = gateway.post("/api/legal-aid/lawyers", coordinator,
                Map.of("subject", Tokens.claims(lawyer).path("sub").asText(), "kind", "REGULAR"));
        assertTrue(roster.status() == 201 || roster.status() == 409, roster.toString());
        String lawyerId = ok(gateway.get("/api/legal-aid/lawyers/me", lawyer)).path("id").asText();
        String code = registeredClient(gateway, tokens, "/api/legal-aid/inquiries?clientCode=", lawyer);
        // the privacy officer asks for what is held under the code: legal aid's part waits in the lawyers' list
        String admin = tokens.user("admin");
        JsonNode asked = ok(gateway.get("/api/privacy/clients/" + code + "/export", admin)).path("sections").path("legal");
        assertEquals("REQUESTED", asked.path("release").path("status").asText(), asked.toString());
        LocalDate today = LocalDate.now(OSLO);
        LocalTime start = freeHour(gateway, coordinator, today);
        // a substitute on the roster (any subject will do for the plan: it need not sign in)
        String substituteId = ok(gateway.post("/api/legal-aid/lawyers", coordinator,
                Map.of("subject", "e2e-substitute-" + letters(8), "kind", "SUBSTITUTE"))).path("id").asText();
        // a term of three Sundays at 07:00 in a week of its own far ahead (the suite's data outlives a run)
        LocalDate termStart = LocalDate.of(2031 + java.util.concurrent.ThreadLocalRandom.current().nextInt(60), 1, 1)
                .plusWeeks(java.util.concurrent.ThreadLocalRandom.current().nextInt(45))
                .with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.SUNDAY));

        String shiftId;
        try (Browser browser = new Browser(suite.gatewayUrl(), TABLET_WIDTH, 1800)) {
            browser.signIn("legal-coordinator");
            browser.waitFor(By.id("plan-form"));
            assertEquals(List.of("#/legal"), nav(browser));
            for (String path : List.of("/api/legal-aid/lawyers", "/api/legal-aid/shifts?from=" + today + "&to=" + today,
                    "/api/legal-aid/cases?status=OPEN&from=" + today.minusDays(30) + "&to=" + today)) {
                assertEquals(200, browser.fetchStatus(path), "coordinator's browser session: " + path);
            }
            assertEquals(403, browser.fetchStatus("/api/legal-aid/inquiries?shiftId=" + UUID.randomUUID()), "inquiries are the lawyers'");
            browser.setValue(By.id("p-date"), today.toString());
            browser.setValue(By.id("p-start"), start.toString());
            browser.setValue(By.id("p-end"), start.plusMinutes(59).toString());
            new Select(browser.driver.findElement(By.id("p-lawyer"))).selectByValue(lawyerId);
            browser.setValue(By.id("l-from"), today.toString());
            browser.setValue(By.id("l-to"), today.toString());
            browser.click(By.cssSelector("#plan-form button[type=submit]"));
            By planned = By.xpath("//table[@id='shifts']//tr[td[text()='" + start + "']]");
            browser.waitFor(planned);
            shiftId = browser.driver.findElement(planned).getAttribute("data-shift");
            JsonNode shift = ok(gateway.get("/api/legal-aid/shifts/" + shiftId, coordinator));
            assertEquals(lawyerId, shift.path("lawyerId").asText());
            assertEquals("PLANNED", shift.path("status").asText());

            // the term: the lawyer and the substitute in turn, picked by name, not by a subject
            browser.setValue(By.id("t-from"), termStart.toString());
            browser.setValue(By.id("t-to"), termStart.plusWeeks(2).toString());
            new Select(browser.driver.findElement(By.id("t-day"))).selectByValue("SUNDAY");
            browser.setValue(By.id("t-start"), "07:00");
            browser.setValue(By.id("t-end"), "07:59");
            checkBox(browser, "#t-lawyers", lawyerId);
            checkBox(browser, "#t-lawyers", substituteId);
            // they take turns in the order the roster lists them
            List<String> inTurn = browser.driver.findElements(By.cssSelector("#t-lawyers input:checked")).stream()
                    .map(i -> i.getAttribute("value")).toList();
            assertEquals(2, inTurn.size());
            browser.click(By.cssSelector("#term-form button[type=submit]"));
            browser.waitUntil(d -> d.findElement(By.id("status")).getText().contains("3"));
            JsonNode term = ok(gateway.get("/api/legal-aid/shifts?from=" + termStart + "&to=" + termStart.plusWeeks(2) + "&size=50", coordinator)).path("items");
            assertEquals(3, term.size(), term.toString());
            List<String> turns = new ArrayList<>();
            term.forEach(t -> turns.add(t.path("lawyerId").asText()));
            assertEquals(List.of(inTurn.get(0), inTurn.get(1), inTurn.get(0)), turns, "in turn week by week");
            assertFalse(term.get(0).path("termId").isNull(), "planned as a term");

            // the first Sunday given to the other lawyer on the plan, picked by name
            browser.setValue(By.id("l-from"), termStart.toString());
            browser.setValue(By.id("l-to"), termStart.plusWeeks(2).toString());
            browser.click(By.cssSelector("#shift-range button[type=submit]"));
            String first = term.get(0).path("id").asText();
            browser.waitFor(By.cssSelector("tr[data-shift='" + first + "'] .substitute-form"));
            String other = inTurn.get(1);
            new Select(browser.driver.findElement(By.cssSelector("tr[data-shift='" + first + "'] .substitute-lawyer"))).selectByValue(other);
            browser.click(By.cssSelector("tr[data-shift='" + first + "'] .substitute-form button"));
            browser.waitUntil(d -> ok(gateway.get("/api/legal-aid/shifts/" + first, coordinator)).path("substituted").asBoolean());
            JsonNode given = ok(gateway.get("/api/legal-aid/shifts/" + first, coordinator));
            assertEquals(other, given.path("lawyerId").asText());
            assertEquals(inTurn.get(0), given.path("plannedLawyerId").asText());
            Axe.check(browser, "legal-coordinator");
            browser.screenshot("legal-coordinator");
        }

        try (Browser browser = new Browser(suite.gatewayUrl(), TABLET_WIDTH, 2000)) {
            browser.signIn("lawyer");
            browser.waitFor(By.id("shift-list"));
            assertEquals(List.of("#/legal"), nav(browser));
            for (String path : List.of("/api/legal-aid/lawyers/me", "/api/legal-aid/shifts/" + shiftId,
                    "/api/legal-aid/inquiries?shiftId=" + shiftId, "/api/legal-aid/cases?clientCode=" + code)) {
                assertEquals(200, browser.fetchStatus(path), "lawyer's browser session: " + path);
            }
            assertEquals(403, browser.fetchStatus("/api/health/campaigns"), "not health");
            // only the lawyer's own shifts are listed
            browser.waitFor(By.cssSelector("tr[data-shift='" + shiftId + "']"));
            JsonNode all = ok(gateway.get("/api/legal-aid/shifts?from=" + today.minusDays(14) + "&to=" + today.plusDays(60) + "&size=200", lawyer));
            List<String> own = new ArrayList<>();
            all.path("items").forEach(s -> {
                if (s.path("lawyerId").asText().equals(lawyerId)) {
                    own.add(s.path("id").asText());
                }
            });
            List<String> shown = browser.driver.findElements(By.cssSelector("#shifts tr[data-shift]")).stream().map(r -> r.getAttribute("data-shift")).toList();
            assertEquals(own.stream().sorted().toList(), shown.stream().sorted().toList(), "the lawyer's own shifts");

            assertTrue(browser.driver.findElement(By.id("pick-shift-hint")).isDisplayed(), "the hint before a shift is picked");
            browser.click(By.cssSelector("tr[data-shift='" + shiftId + "'] .pick-shift"));
            browser.waitFor(By.id("inquiry-form"));
            assertFalse(browser.driver.findElement(By.id("pick-shift-hint")).isDisplayed(), "the hint gone once a shift is picked");
            browser.driver.findElement(By.id("q-client")).sendKeys(code);
            checkBox(browser, "#q-areas", "CRIMINAL");
            checkBox(browser, "#q-areas", "IMMIGRATION");
            checkBox(browser, "#q-subareas", "SEXUAL_VIOLENCE");
            new Select(browser.driver.findElement(By.id("q-wouldnot"))).selectByValue("YES");
            browser.click(By.cssSelector("#inquiry-form button[type=submit]"));
            By inquiryRow = By.cssSelector("#inquiries tr[data-inquiry]");
            browser.waitFor(inquiryRow);
            String inquiryId = browser.driver.findElement(inquiryRow).getAttribute("data-inquiry");
            JsonNode inquiry = ok(gateway.get("/api/legal-aid/inquiries/" + inquiryId, lawyer));
            assertEquals(code, inquiry.path("clientCode").asText());
            assertEquals(shiftId, inquiry.path("shiftId").asText());
            assertEquals("[\"CRIMINAL\",\"IMMIGRATION\"]", inquiry.path("areas").toString());
            assertEquals("[\"SEXUAL_VIOLENCE\"]", inquiry.path("criminalSubAreas").toString());
            assertEquals("YES", inquiry.path("wouldNotOtherwiseHaveSoughtLawyer").asText());

            // a case from it, criminal law (sexual violence)
            String row = "#inquiries tr[data-inquiry='" + inquiryId + "'] ";
            new Select(browser.driver.findElement(By.cssSelector(row + ".case-area"))).selectByValue("CRIMINAL");
            new Select(browser.driver.findElement(By.cssSelector(row + ".case-subarea"))).selectByValue("SEXUAL_VIOLENCE");
            browser.click(By.cssSelector(row + ".case-form button"));
            browser.waitUntil(d -> d.findElement(By.cssSelector(row + ".case-form")).getAttribute("data-opened") != null);
            String caseId = browser.driver.findElement(By.cssSelector(row + ".case-form")).getAttribute("data-opened");
            JsonNode legalCase = ok(gateway.get("/api/legal-aid/cases/" + caseId, lawyer));
            assertEquals("OPEN", legalCase.path("status").asText());
            assertEquals("CRIMINAL", legalCase.path("area").asText());
            assertEquals("SEXUAL_VIOLENCE", legalCase.path("subArea").asText());

            // the shift's outcome: held
            browser.click(By.cssSelector("tr[data-shift='" + shiftId + "'] .mark-held"));
            browser.waitFor(By.cssSelector("tr[data-shift='" + shiftId + "'][data-status='HELD']"));
            assertEquals("HELD", ok(gateway.get("/api/legal-aid/shifts/" + shiftId, lawyer)).path("status").asText());
            Axe.check(browser, "legal-lawyer");
            browser.screenshot("legal-lawyer");

            // the open case is closed: referred to the police
            String open = "#cases tr[data-case='" + caseId + "'] ";
            browser.waitFor(By.cssSelector(open + ".close-form"));
            new Select(browser.driver.findElement(By.cssSelector(open + ".close-outcome"))).selectByValue("REFERRED");
            new Select(browser.driver.findElement(By.cssSelector(open + ".close-referred"))).selectByValue("POLICE");
            browser.click(By.cssSelector(open + ".close-form button"));
            browser.waitUntil(d -> d.findElements(By.cssSelector("#cases tr[data-case='" + caseId + "']")).isEmpty());
            legalCase = ok(gateway.get("/api/legal-aid/cases/" + caseId, lawyer));
            assertEquals("REFERRED", legalCase.path("status").asText());
            assertEquals("POLICE", legalCase.path("referredTo").asText());
            assertEquals(today.toString(), legalCase.path("closedOn").asText());

            // an inquiry recorded by mistake, voided with a reason
            checkBox(browser, "#q-areas", "FAMILY");
            browser.click(By.cssSelector("#inquiry-form button[type=submit]"));
            browser.waitUntil(d -> d.findElements(By.cssSelector("#inquiries tr[data-inquiry]")).size() == 2);
            String mistaken = browser.driver.findElements(By.cssSelector("#inquiries tr[data-inquiry]")).stream()
                    .map(r -> r.getAttribute("data-inquiry")).filter(id -> !id.equals(inquiryId)).findFirst().orElseThrow();
            voidThrough(browser, "#inquiries tr[data-inquiry='" + mistaken + "']", "registrert to ganger");
            browser.waitUntil(d -> d.findElements(By.cssSelector("#inquiries tr[data-inquiry='" + mistaken + "']")).isEmpty());
            JsonNode voided = ok(gateway.get("/api/legal-aid/inquiries/" + mistaken, lawyer));
            assertTrue(voided.path("voided").asBoolean(), voided.toString());
            Axe.check(browser, "legal-lawyer-void");

            // the privacy officer's request, released from the lawyer's list: the officer's export now holds the case
            JsonNode released = releaseFromList(browser, gateway, admin, code, "legal");
            assertEquals("RELEASED", released.path("release").path("status").asText(), released.toString());
            assertTrue(released.path("records").toString().contains(caseId), "the case in the officer's export: " + released);
        }
    }

    @Test
    void anOutreachWorkerRecordsAMessageAStreetShiftAnAdCountAndAnAssignment(Suite suite, Gateway gateway, Tokens tokens) {
        String worker = tokens.user("outreach");
        String code = registeredClient(gateway, tokens, "/api/outreach/messages?clientCode=", worker);
        LocalDate today = LocalDate.now(OSLO);
        int shiftsBefore = ok(gateway.get("/api/outreach/street-shifts?from=" + today.minusDays(90) + "&to=" + today, worker)).size();
        try (Browser browser = new Browser(suite.gatewayUrl(), TABLET_WIDTH, 3000)) {
            browser.signIn("outreach");
            browser.waitFor(By.id("message-form"));
            assertEquals(List.of("#/outreach"), nav(browser));
            for (String path : List.of("/api/outreach/messages?clientCode=" + code, "/api/outreach/ad-sites",
                    "/api/outreach/street-shifts?from=" + today + "&to=" + today, "/api/outreach/assignments?from=" + today + "&to=" + today)) {
                assertEquals(200, browser.fetchStatus(path), "outreach worker's browser session: " + path);
            }
            assertEquals(403, browser.fetchStatus("/api/clients?codePrefix=" + code), "not the front desk's register");
            Axe.check(browser, "outreach");

            // a WhatsApp message from a known client
            new Select(browser.driver.findElement(By.id("m-channel"))).selectByValue("WHATSAPP");
            browser.driver.findElement(By.id("m-language")).sendKeys("es");
            checkBox(browser, "#m-topics", "HEALTH");
            checkBox(browser, "#m-topics", "LEGAL");
            browser.driver.findElement(By.id("m-client")).sendKeys(code);
            browser.click(By.cssSelector("#message-form button[type=submit]"));
            browser.waitFor(By.xpath("//table[@id='messages']//tr[td/span[text()='" + code + "']]"));
            JsonNode messages = ok(gateway.get("/api/outreach/messages?clientCode=" + code, worker)).path("items");
            assertEquals(1, messages.size(), messages.toString());
            assertEquals("WHATSAPP", messages.get(0).path("channel").asText());
            assertEquals("INBOUND", messages.get(0).path("direction").asText());
            assertEquals("es", messages.get(0).path("language").asText());
            assertEquals("[\"HEALTH\",\"LEGAL\"]", messages.get(0).path("topics").toString());

            // a street shift with hand-outs
            clear(browser, "s-contacts").sendKeys("7");
            clear(browser, "s-CONDOMS").sendKeys("50");
            clear(browser, "s-LUBE").sendKeys("20");
            clear(browser, "s-INFORMATION_LEAFLETS").sendKeys("5");
            browser.driver.findElement(By.id("s-leaflet-language")).sendKeys("ro");
            browser.click(By.cssSelector("#street-form button[type=submit]"));
            browser.waitUntil(d -> d.findElements(By.cssSelector("#street-shifts tr[data-street-shift]")).size() == shiftsBefore + 1);
            JsonNode shifts = ok(gateway.get("/api/outreach/street-shifts?from=" + today.minusDays(90) + "&to=" + today, worker));
            assertEquals(shiftsBefore + 1, shifts.size());
            String newest = browser.driver.findElement(By.cssSelector("#street-shifts tr[data-street-shift]")).getAttribute("data-street-shift");
            JsonNode shift = ok(gateway.get("/api/outreach/street-shifts/" + newest, worker));
            assertEquals(7, shift.path("contacts").asInt());
            assertEquals("SENTRUM", shift.path("district").asText());
            assertEquals(3, shift.path("handOuts").size(), shift.toString());
            shift.path("handOuts").forEach(h -> {
                switch (h.path("kind").asText()) {
                    case "CONDOMS" -> assertEquals(50, h.path("quantity").asInt());
                    case "LUBE" -> assertEquals(20, h.path("quantity").asInt());
                    case "INFORMATION_LEAFLETS" -> {
                        assertEquals(5, h.path("quantity").asInt());
                        assertEquals("ro", h.path("language").asText());
                    }
                    default -> throw new AssertionError("hand-out " + h);
                }
            });

            // an ad site of this run, this week's count, its series
            String site = "annonser-" + letters(8) + ".example";
            browser.driver.findElement(By.id("a-site-name")).sendKeys(site);
            browser.click(By.cssSelector("#site-form button[type=submit]"));
            browser.waitUntil(d -> site.equals(d.findElement(By.id("a-site")).getDomProperty("value")));
            browser.driver.findElement(By.id("a-count")).sendKeys("123");
            String week = browser.driver.findElement(By.id("a-week")).getAttribute("value");
            browser.click(By.cssSelector("#count-form button[type=submit]"));
            WebElement counted = browser.waitFor(By.cssSelector("#series tr[data-week='" + week + "']"));
            assertTrue(counted.getText().contains("123"), counted.getText());
            JsonNode series = ok(gateway.get("/api/outreach/ad-counts/series?site=" + site + "&year=" + week.substring(0, 4), worker));
            assertEquals(week, series.path("weeks").get(0).path("week").asText());
            assertEquals(123, series.path("weeks").get(0).path("count").asInt());

            // an assignment: a school class
            new Select(browser.driver.findElement(By.id("g-kind"))).selectByValue("SCHOOL_CLASS");
            new Select(browser.driver.findElement(By.id("g-audience"))).selectByValue("SCHOOL");
            clear(browser, "g-participants").sendKeys("24");
            browser.click(By.id("g-young"));
            int assignmentsBefore = browser.driver.findElements(By.cssSelector("#assignments tr[data-assignment]")).size();
            browser.click(By.cssSelector("#assignment-form button[type=submit]"));
            browser.waitUntil(d -> d.findElements(By.cssSelector("#assignments tr[data-assignment]")).size() == assignmentsBefore + 1);
            String assignmentId = browser.driver.findElement(By.cssSelector("#assignments tr[data-assignment]")).getAttribute("data-assignment");
            JsonNode assignment = ok(gateway.get("/api/outreach/assignments/" + assignmentId, worker));
            assertEquals("SCHOOL_CLASS", assignment.path("kind").asText());
            assertEquals(24, assignment.path("participants").asInt());
            assertTrue(assignment.path("concernsYoungPeople").asBoolean());
            Axe.check(browser, "outreach-recorded");
            browser.screenshot("outreach");

            // each recorded by mistake, voided with a reason: off the lists, void in the API
            voidThrough(browser, "#street-shifts tr[data-street-shift='" + newest + "']", "feil dato");
            browser.waitUntil(d -> d.findElements(By.cssSelector("#street-shifts tr[data-street-shift='" + newest + "']")).isEmpty());
            assertTrue(ok(gateway.get("/api/outreach/street-shifts/" + newest, worker)).path("voided").asBoolean());
            voidThrough(browser, "#series tr[data-week='" + week + "']", "telt feil side");
            browser.waitUntil(d -> d.findElements(By.cssSelector("#series tr[data-week='" + week + "']")).isEmpty());
            // the emptied list still says which list it is: a bare "Ingen." under the count's form read as the form's answer
            WebElement emptied = browser.waitFor(By.cssSelector("p#series.empty"));
            assertTrue(emptied.getText().contains(site), "the empty series names its site: " + emptied.getText());
            assertEquals(0, ok(gateway.get("/api/outreach/ad-counts/series?site=" + site + "&year=" + week.substring(0, 4), worker)).path("weeks").size());
            voidThrough(browser, "#assignments tr[data-assignment='" + assignmentId + "']", "registrert to ganger");
            browser.waitUntil(d -> d.findElements(By.cssSelector("#assignments tr[data-assignment='" + assignmentId + "']")).isEmpty());
            JsonNode voidedAssignment = ok(gateway.get("/api/outreach/assignments/" + assignmentId, worker));
            assertTrue(voidedAssignment.path("voided").asBoolean());
            assertEquals("registrert to ganger", voidedAssignment.path("voidReason").asText());
            Axe.check(browser, "outreach-voided");
        }
    }

    /**
     * The privacy officer's screen: an access request across every service (health held back until a clinician
     * releases it, then its rows), the document to hand over, and the trail of special-category reads.
     */
    @Test
    void thePrivacyOfficerFetchesAnAccessRequestAndReadsTheTrail(Suite suite, Gateway gateway, Tokens tokens) {
        String clinician = tokens.user("clinician");
        String code = registeredClient(gateway, tokens, "/api/health/consultations?clientCode=", clinician);
        Gateway.Reply consulted = gateway.post("/api/health/consultations", clinician, Map.of("clientCode", code,
                "professionalType", "NURSE", "services", List.of(Map.of("category", "PEP"))));
        assertEquals(201, consulted.status(), consulted.toString());
        try (Browser browser = new Browser(suite.gatewayUrl(), TABLET_WIDTH, 1600)) {
            browser.signIn("admin");
            assertEquals(List.of("#/front-desk", "#/privacy"), nav(browser));
            browser.open("#/privacy");
            browser.waitFor(By.id("export-form"));
            // the trail lists the clinician's reads (the consultations list the probe above made), with the daily counts
            browser.waitUntil(d -> !d.findElements(By.cssSelector("#trail tbody tr")).isEmpty());
            String daily = browser.driver.findElement(By.id("trail-daily")).getText();
            assertTrue(daily.contains("clinician"), "the clinician's reads per day: " + daily);
            Axe.check(browser, "privacy");

            // the access request: every service answers; health's records wait for a clinician's release
            browser.driver.findElement(By.id("p-code")).sendKeys(code.toLowerCase());
            browser.click(By.cssSelector("#export-form button[type=submit]"));
            By health = By.cssSelector("#export-sections tr[data-service='health']");
            browser.waitFor(health);
            assertEquals(5, browser.driver.findElements(By.cssSelector("#export-sections tbody tr")).size());
            assertTrue(browser.driver.findElement(health).getText().contains("Venter på frigivelse"),
                    browser.driver.findElement(health).getText());
            String visitPart = browser.driver.findElement(By.cssSelector("#export-sections tr[data-service='visit']")).getText();
            // "1 rad", "2 rader": the count in its grammatical number
            assertTrue(visitPart.matches("(?s).*\\b(1 rad|([02-9]|\\d{2,}) rader) i \\d+ typer.*"), "the front desk's part counts its rows: " + visitPart);
            assertTrue(browser.driver.findElement(By.id("export-download")).getAttribute("download").endsWith(code + ".json"));

            // released by a clinician, asked again: health's part holds the consultation
            Gateway.Reply released = gateway.post("/api/health/export-requests/" + code + "/release", clinician, null);
            assertEquals(200, released.status(), released.toString());
            browser.click(By.cssSelector("#export-form button[type=submit]"));
            browser.waitUntil(d -> d.findElement(health).getText().contains("frigitt til"));
            assertTrue(browser.driver.findElement(health).getText().startsWith("Helse"), browser.driver.findElement(health).getText());
            Axe.check(browser, "privacy-export");
            browser.screenshot("privacy");

            // erasure, beside the export: the button waits until the code is typed again, and another code will not do
            WebElement erase = browser.driver.findElement(By.id("erase-button"));
            assertFalse(erase.isEnabled(), "nothing typed yet");
            WebElement typed = browser.driver.findElement(By.id("erase-code"));
            typed.sendKeys(otherCode(code));
            assertFalse(erase.isEnabled(), "another client's code");
            typed.clear();
            typed.sendKeys(code.toLowerCase());
            assertTrue(erase.isEnabled(), "the code typed again");
            browser.click(By.id("erase-button"));
            browser.waitFor(By.id("erase-result"));
            assertTrue(browser.driver.findElement(By.id("erase-result")).getText().contains(code),
                    browser.driver.findElement(By.id("erase-result")).getText());
            // the registry no longer knows the code
            assertEquals(404, gateway.get("/api/clients/" + code, tokens.user("admin")).status());
            Axe.check(browser, "privacy-erased");
        }
    }

    /** A well-formed code that is not {@code code}: its first letter moved on by one. */
    private static String otherCode(String code) {
        char first = code.charAt(0) == 'Z' ? 'A' : (char) (code.charAt(0) + 1);
        return first + code.substring(1);
    }

    @Test
    void theFrontDeskSeesTheActiveAlertsAndTheHealthFlagAndNothingMore(Suite suite, Gateway gateway, Tokens tokens) {
        String staff = tokens.user("staff");
        String clinician = tokens.user("clinician");
        String code = registeredClient(gateway, tokens, "/api/health/consultations?clientCode=", clinician);
        LocalDate today = LocalDate.now(OSLO);
        // the health team asks the front desk to invite the client; the flag reaches visit-service through health-events
        Gateway.Reply invited = gateway.post("/api/health/invitations", clinician, Map.of("clientCode", code));
        assertTrue(invited.status() / 100 == 2, invited.toString());
        assertTrue(healthFlag(gateway, staff, code, true), "the health team's flag reached the front desk");
        // an alert recorded by a worker (here the front desk) and approved by a second (the outreach worker): published
        String how = "Grå stasjonsvogn, tilbyr ekstra betaling " + letters(6);
        String alertId = ok(gateway.post("/api/outreach/safety-alerts", staff, Map.of("category", "ROBBERY", "district", "GRUNERLOKKA",
                "occurredOn", today.toString(), "partOfDay", "NIGHT", "modusOperandi", how))).path("id").asText();
        try (Browser browser = new Browser(suite.gatewayUrl(), TABLET_WIDTH, 3400)) {
            // the second worker approves it on the outreach screen (the one who recorded it could not)
            browser.signIn("outreach");
            browser.click(By.cssSelector("#pending tr[data-alert='" + alertId + "'] .approve-alert"));
            browser.waitFor(By.cssSelector("#active tr[data-alert='" + alertId + "']"));
            Axe.check(browser, "outreach-alerts");
        }
        JsonNode published = null;
        for (JsonNode a : ok(gateway.get("/api/outreach/safety-alerts", staff))) {
            if (a.path("id").asText().equals(alertId)) {
                published = a;
            }
        }
        assertTrue(published != null, "the alert is active");
        assertEquals("nb", published.path("language").asText(), "nb when no language is asked for");

        try (Browser browser = new Browser(suite.gatewayUrl(), TABLET_WIDTH, 1600)) {
            browser.signIn("staff");
            assertEquals(200, browser.fetchStatus("/api/outreach/safety-alerts"), "staff read the active alerts through the gateway");
            WebElement alert = browser.waitFor(By.cssSelector("#alerts tr[data-alert='" + alertId + "']"));
            String row = alert.getText();
            // in the user's language (nb): the labels the API gives for nb
            assertTrue(row.contains(published.path("categoryLabel").asText()), row);
            assertTrue(row.contains(published.path("districtLabel").asText()), row);
            assertTrue(row.contains(published.path("partOfDayLabel").asText()), row);
            assertTrue(row.contains(how), row);

            browser.driver.findElement(By.id("code-prefix")).sendKeys(code);
            browser.click(By.cssSelector("#search-form button[type=submit]"));
            WebElement flag = browser.waitFor(By.cssSelector("li.client[data-code='" + code + "'] .health-flag"));
            assertEquals("Be klienten snakke med helseteamet", flag.getText(), "the neutral flag, nothing about why");
            String client = browser.driver.findElement(By.cssSelector("li.client[data-code='" + code + "']")).getText();
            for (String health : List.of("HIV", "klamydia", "CHLAMYDIA", "positiv", "PrEP", "test")) {
                assertFalse(client.toLowerCase().contains(health.toLowerCase()), "no health detail on the front desk: " + client);
            }
            Axe.check(browser, "front-desk-alerts");
            browser.screenshot("front-desk-alerts");

            // in English, the English labels
            new Select(browser.driver.findElement(By.id("lang"))).selectByValue("en");
            JsonNode english = null;
            for (JsonNode a : browser.fetchJson("/api/outreach/safety-alerts", "en")) {
                if (a.path("id").asText().equals(alertId)) {
                    english = a;
                }
            }
            assertTrue(english != null, "the alert in English");
            String englishCategory = english.path("categoryLabel").asText();
            assertFalse(englishCategory.equals(published.path("categoryLabel").asText()), "nb and en labels differ: " + englishCategory);
            browser.waitUntil(d -> d.findElement(By.cssSelector("#alerts tr[data-alert='" + alertId + "']")).getText().contains(englishCategory));
        }

        // the clinician clears the invitation: the front desk's flag goes with it (HealthTeamInvitationCleared)
        Gateway.Reply cleared = gateway.post("/api/health/invitations/" + code + "/clear", clinician, null);
        assertTrue(cleared.status() / 100 == 2, cleared.toString());
        assertTrue(healthFlag(gateway, staff, code, false), "the flag cleared at the front desk once the clinician cleared it");
    }

    // ---- helpers

    /** Waits (up to 30 s: health-events to visit-service's consumer) for the client's flag to be {@code wanted}; whether it was. */
    private static boolean healthFlag(Gateway gateway, String staff, String code, boolean wanted) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (ok(gateway.get("/api/clients?codePrefix=" + code, staff)).get(0).path("askToSeeHealthTeam").asBoolean() != wanted
                && System.nanoTime() < deadline) {
            sleep(300);
        }
        return ok(gateway.get("/api/clients?codePrefix=" + code, staff)).get(0).path("askToSeeHealthTeam").asBoolean() == wanted;
    }

    /**
     * Releases the privacy officer's request for {@code code} from the record keeper's list on the screen, waits
     * until it has left the list, and answers the officer's export section of that service.
     */
    private static JsonNode releaseFromList(Browser browser, Gateway gateway, String admin, String code, String section) {
        By request = By.cssSelector("#export-request-list tr[data-request='" + code + "']");
        browser.waitFor(request);
        browser.click(By.cssSelector("#export-request-list tr[data-request='" + code + "'] .release-export"));
        browser.waitUntil(d -> d.findElements(request).isEmpty());
        return ok(gateway.get("/api/privacy/clients/" + code + "/export", admin)).path("sections").path(section);
    }

    /** Voids the record of a row (or list item) through its void control, with a reason. */
    private static void voidThrough(Browser browser, String container, String reason) {
        browser.click(By.cssSelector(container + " .void-button"));
        browser.waitFor(By.cssSelector(container + " .void-reason")).sendKeys(reason);
        browser.click(By.cssSelector(container + " .confirm-void"));
    }

    /** A client registered by the front desk, once the given service knows its code (the client directory follows within seconds). */
    static String registeredClient(Gateway gateway, Tokens tokens, String probe, String token) {
        Gateway.Reply registered = gateway.post("/api/clients", tokens.user("staff"), Map.of("gender", "WOMAN", "nationality", "RO", "ageGroup", "26-30"));
        assertEquals(201, registered.status(), registered.toString());
        String code = registered.json().path("code").asText();
        long deadline = System.nanoTime() + 30_000_000_000L;
        Gateway.Reply reply = gateway.get(probe + code, token);
        while (reply.status() == 422 && System.nanoTime() < deadline) {
            sleep(300);
            reply = gateway.get(probe + code, token);
        }
        assertEquals(200, reply.status(), "the service should know " + code + ": " + reply);
        return code;
    }

    /** An hour of the day with no shift yet (shifts on one day may not overlap; the suite's data outlives a run). */
    private static LocalTime freeHour(Gateway gateway, String coordinator, LocalDate day) {
        JsonNode shifts = ok(gateway.get("/api/legal-aid/shifts?from=" + day + "&to=" + day + "&size=200", coordinator)).path("items");
        for (int hour = 8; hour < 23; hour++) {
            LocalTime start = LocalTime.of(hour, 0);
            LocalTime end = start.plusMinutes(59);
            boolean taken = false;
            for (JsonNode s : shifts) {
                LocalTime from = LocalTime.parse(s.path("start").asText());
                LocalTime to = LocalTime.parse(s.path("end").asText());
                taken |= from.isBefore(end) && start.isBefore(to);
            }
            if (!taken) {
                return start;
            }
        }
        throw new AssertionError("no free hour left today for a shift: " + shifts);
    }

    private static void addLine(Browser browser, String category) {
        int before = browser.driver.findElements(By.cssSelector("#lines fieldset.line")).size();
        new Select(browser.driver.findElement(By.id("line-category"))).selectByValue(category);
        browser.click(By.id("add-line"));
        browser.waitUntil(d -> d.findElements(By.cssSelector("#lines fieldset.line")).size() == before + 1);
    }

    private static void checkBox(Browser browser, String container, String value) {
        browser.click(By.cssSelector(container + " input[type=checkbox][value='" + value + "']"));
    }

    private static WebElement clear(Browser browser, String id) {
        WebElement input = browser.driver.findElement(By.id(id));
        input.clear();
        return input;
    }

    static List<String> nav(Browser browser) {
        return browser.driver.findElements(By.cssSelector("#nav a")).stream().map(a -> a.getDomAttribute("href")).toList();
    }

    static JsonNode ok(Gateway.Reply reply) {
        assertTrue(reply.status() / 100 == 2, reply.toString());
        return reply.json();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * A run's unique tag of letters only: eight hex characters are all digits one time in forty, and
     * an eight-digit run is a phone number to the personal-data guard (a 400 that failed this test).
     */
    private static String letters(int n) {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append((char) ('a' + random.nextInt(26)));
        }
        return b.toString();
    }
}
