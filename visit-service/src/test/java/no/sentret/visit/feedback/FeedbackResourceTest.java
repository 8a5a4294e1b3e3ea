package no.sentret.visit.feedback;

import static no.sentret.visit.Api.kiosk;
import static no.sentret.visit.Api.staff;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class FeedbackResourceTest {

    @Test
    void theKioskGivesFeedbackWithTheBestScoresQuestions() {
        kiosk().body("{\"score\":4,\"language\":\"es\",\"followUpAnswers\":{\"bestPart\":\"FOOD\",\"wouldRecommend\":\"YES\",\"howOften\":\"OFTEN\"}}")
                .post("/feedback").then().statusCode(201)
                .body("score", is(4)).body("language", is("es")).body("followUpAnswers.bestPart", is("FOOD"));
        kiosk().body("{\"score\":1,\"language\":\"bg\"}").post("/feedback").then().statusCode(201)
                .body("followUpAnswers", nullValue());
    }

    @Test
    void theQuestionsDependOnTheScore() {
        kiosk().get("/feedback/questions").then().statusCode(200)
                .body("'4'", hasKey("bestPart")).body("'4'", not(hasKey("whatWentWrong")))
                .body("'1'", hasKey("whatWentWrong")).body("'1'", not(hasKey("bestPart")));
        kiosk().body("{\"score\":2,\"language\":\"nb\",\"followUpAnswers\":{\"bestPart\":\"FOOD\"}}").post("/feedback").then()
                .statusCode(400).body("errors[0].field", is("followUpAnswers.bestPart"));
        kiosk().body("{\"score\":3,\"language\":\"nb\",\"followUpAnswers\":{\"bestPart\":\"the soup\"}}").post("/feedback").then()
                .statusCode(400).body("errors[0].field", is("followUpAnswers.bestPart"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"score\":5,\"language\":\"nb\"}|score",
            "{\"score\":0,\"language\":\"nb\"}|score",
            "{\"language\":\"nb\"}|score",
            "{\"score\":\"4\",\"language\":\"nb\"}|score",
            "{\"score\":4,\"language\":\"de\"}|language",
            "{\"score\":4}|language",
            "{\"score\":4,\"language\":\"nb\",\"clientCode\":\"K7M3QX\"}|clientCode",
            "{\"score\":4,\"language\":\"nb\",\"occurredAt\":\"2999-01-01T00:00:00Z\"}|occurredAt"})
    void refusesBadFeedbackNamingTheField(String body, String field) {
        kiosk().body(body).post("/feedback").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", is(field));
    }

    @Test
    void staffCannotWriteFeedback() {
        staff().body("{\"score\":4,\"language\":\"nb\"}").post("/feedback").then().statusCode(403);
    }
}
