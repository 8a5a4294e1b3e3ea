package no.sentret.visit.visits;

import static no.sentret.visit.Api.newClient;
import static no.sentret.visit.Api.staff;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * visit-service named the moment of a record {@code arrivedAt} (visits) and {@code at} (consultations, feedback)
 * until every service agreed on {@code occurredAt}. Until 2027-06-01 a caller still sending or reading the old name
 * keeps working: requests take either name, views carry both.
 */
@QuarkusTest
class OldMomentNamesTest {

    @Test
    void aVisitSentWithArrivedAtIsRecordedAtThatMomentAndReadBackUnderBothNames() {
        String id = staff().body("{\"clientCode\":\"" + newClient() + "\",\"arrivedAt\":\"2022-05-01T10:15:00+02:00\",\"activities\":[\"MEAL\"]}")
                .post("/visits").then().statusCode(201)
                .body("occurredAt", is("2022-05-01T08:15:00Z"))
                .body("arrivedAt", is("2022-05-01T08:15:00Z"))
                .extract().path("id");
        staff().get("/visits/" + id).then().statusCode(200).body("occurredAt", is("2022-05-01T08:15:00Z"));
    }

    @Test
    void aConsultationAndFeedbackSentWithAtAreRecordedAtThatMoment() {
        staff().body("{\"clientCode\":\"" + newClient() + "\",\"kind\":\"CONSULTATION\",\"topics\":[\"HOUSING\"],\"at\":\"2022-05-01T13:00:00+02:00\"}")
                .post("/social-consultations").then().statusCode(201)
                .body("occurredAt", is("2022-05-01T11:00:00Z"))
                .body("at", is("2022-05-01T11:00:00Z"));
    }
}
