package no.sentret.stats;

import static io.restassured.RestAssured.given;

import no.sentret.stats.report.AnnualReport;
import no.sentret.stats.report.MonthlyReport;
import no.sentret.stats.report.NationalityShareReport;

/** Reads the figures over HTTP with real signed tokens. */
final class Api {

    private Api() {
    }

    static String token(String role) {
        return no.sentret.infra.testing.TestTokens.accessToken("someone-" + role, role);
    }

    static AnnualReport annual(int year) {
        return given().auth().oauth2(token("analyst")).get("/stats/annual/" + year)
                .then().statusCode(200).extract().as(AnnualReport.class);
    }

    static AnnualReport publicAnnual(int year) {
        return given().auth().oauth2(token("municipality")).get("/stats/public/annual/" + year)
                .then().statusCode(200).extract().as(AnnualReport.class);
    }

    static MonthlyReport monthly(String from, String to) {
        return given().auth().oauth2(token("analyst")).queryParam("from", from).queryParam("to", to).get("/stats/monthly")
                .then().statusCode(200).extract().as(MonthlyReport.class);
    }

    static NationalityShareReport nationalityShare(int from, int to) {
        return given().auth().oauth2(token("analyst")).queryParam("fromYear", from).queryParam("toYear", to)
                .get("/stats/nationality-share").then().statusCode(200).extract().as(NationalityShareReport.class);
    }
}
