package no.sentret.outreach.ads;

import static no.sentret.outreach.Api.as;
import static no.sentret.outreach.Api.outreach;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AdCountResourceTest {

    static String newSite() {
        String site = "site-" + no.sentret.outreach.Api.tag() + ".no";
        outreach().body("{\"name\":\"" + site + "\"}").post("/outreach/ad-sites").then().statusCode(201);
        return site;
    }

    static void count(String site, String week, int count) {
        outreach().body("{\"site\":\"" + site + "\",\"week\":\"" + week + "\",\"count\":" + count + "}").post("/outreach/ad-counts")
                .then().statusCode(201).body("week", is(week)).body("count", is(count));
    }

    @Test
    void theWeeklySeriesWithTheYearOverYearChange() {
        String site = newSite();
        count(site, "2021-W18", 404);
        count(site, "2021-W19", 0);
        count(site, "2022-W18", 665);
        count(site, "2022-W19", 12);
        count(site, "2022-W20", 500);
        count(site, "2022-W52", 300);
        as("analyst").queryParam("site", site).queryParam("year", "2022").get("/outreach/ad-counts/series").then().statusCode(200)
                .body("weeks.week", contains("2022-W18", "2022-W19", "2022-W20", "2022-W52"))
                .body("weeks[0].count", is(665)).body("weeks[0].previousYearCount", is(404)).body("weeks[0].change", is(261))
                .body("weeks[0].changePercent", is(64.6f))
                .body("weeks[1].previousYearCount", is(0)).body("weeks[1].change", is(12)).body("weeks[1].changePercent", nullValue())
                .body("weeks[2].previousYearCount", nullValue()).body("weeks[2].change", nullValue());
        as("analyst").get("/outreach/ad-sites").then().statusCode(200).body("$", hasItem(site));
    }

    /**
     * Found by the contract fuzzer (e2e fuzz.ContractFuzzIT): a site's name may hold spaces, and the count's
     * Location was built from it unencoded, so the answer failed with a 500 after the count had committed.
     */
    @Test
    void aSiteWithSpacesInItsNameIsCountedAndAnsweredWithAnEncodedLocation() {
        String site = "Site " + no.sentret.outreach.Api.tag() + " with spaces";
        outreach().body("{\"name\":\"" + site + "\"}").post("/outreach/ad-sites").then().statusCode(201);
        outreach().body("{\"site\":\"" + site + "\",\"week\":\"2021-W01\",\"count\":7}").post("/outreach/ad-counts")
                .then().statusCode(201).body("count", is(7))
                .header("Location", org.hamcrest.Matchers.endsWith("/outreach/ad-counts/series?site=" + site.replace(" ", "%20") + "&year=2021"));
        as("analyst").queryParam("site", site).queryParam("year", "2021").get("/outreach/ad-counts/series").then().statusCode(200)
                .body("weeks.week", contains("2021-W01"));
    }

    @Test
    void refusesBadCounts() {
        String site = newSite();
        count(site, "2020-W53", 10);
        outreach().body("{\"site\":\"" + site + "\",\"week\":\"2020-W53\",\"count\":11}").post("/outreach/ad-counts").then().statusCode(409)
                .body("errors[0].field", is("week"));
        outreach().body("{\"site\":\"" + site + "\",\"week\":\"2021-W53\",\"count\":1}").post("/outreach/ad-counts").then().statusCode(400)
                .body("errors[0].field", is("week"));
        outreach().body("{\"site\":\"" + site + "\",\"week\":\"2022-18\",\"count\":1}").post("/outreach/ad-counts").then().statusCode(400)
                .body("errors[0].field", is("week"));
        outreach().body("{\"site\":\"" + site + "\",\"week\":\"2099-W01\",\"count\":1}").post("/outreach/ad-counts").then().statusCode(400)
                .body("errors[0].field", is("week"));
        outreach().body("{\"site\":\"" + site + "\",\"week\":\"2022-W01\",\"count\":-1}").post("/outreach/ad-counts").then().statusCode(400)
                .body("errors[0].field", is("count"));
        outreach().body("{\"site\":\"nowhere.example\",\"week\":\"2022-W01\",\"count\":1}").post("/outreach/ad-counts").then().statusCode(422)
                .body("errors[0].field", is("site"));
        outreach().body("{\"name\":\"" + site + "\"}").post("/outreach/ad-sites").then().statusCode(409);
        outreach().body("{\"name\":\"instagram.com/maria_92\"}").post("/outreach/ad-sites").then().statusCode(400).body("errors[0].field", is("name"));
        outreach().queryParam("site", site).queryParam("year", "last").get("/outreach/ad-counts/series").then().statusCode(400)
                .body("errors[0].field", is("year"));
    }
}
