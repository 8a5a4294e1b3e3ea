package no.sentret.health.consultations;

import static no.sentret.health.Clinic.COUNSELLING;
import static no.sentret.health.Clinic.PEP;
import static no.sentret.health.Clinic.clinician;
import static no.sentret.health.Clinic.consult;
import static no.sentret.health.Clinic.newClient;
import static no.sentret.health.Clinic.prep;
import static no.sentret.health.Clinic.stiTest;
import static no.sentret.health.Clinic.vaccination;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import no.sentret.health.Clinic;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ConsultationResourceTest {

    @Test
    void recordsEveryKindOfServiceWithTheClinicianFromTheToken() {
        String code = newClient();
        JsonPath c = consult(code.toLowerCase(), "2022-05-01T11:00:00Z",
                "{\"category\":\"STI_TEST\",\"infection\":\"CHLAMYDIA\",\"sampleSites\":[\"URINE\",\"THROAT\"]}",
                stiTest("HIV"),
                "{\"category\":\"TREATMENT\",\"infection\":\"GONORRHOEA\"}",
                "{\"category\":\"CONTRACEPTION\",\"contraceptionMethod\":\"IMPLANT\"}",
                "{\"category\":\"COUNSELLING\",\"topics\":[\"SAFER_SEX\",\"HIV_PREVENTION\"]}",
                prep("ASSESSMENT"),
                "{\"category\":\"PREP\",\"prepStage\":\"START\",\"regimen\":\"ON_DEMAND\",\"prescribedOn\":\"2022-04-30\"}",
                PEP,
                vaccination("MPOX", 1),
                "{\"category\":\"REFERRAL\",\"referralTo\":\"HOSPITAL_STI_CLINIC\"}");
        String id = c.getString("id");
        // the rows are written in one statement beside their events, not through Hibernate's insert (issue 10):
        // what Hibernate reads back is what the POST answered, field by field
        org.junit.jupiter.api.Assertions.assertEquals(c.getMap(""),
                clinician().get("/health/consultations/" + id).then().statusCode(200).extract().jsonPath().getMap(""));
        clinician().get("/health/consultations/" + id).then().statusCode(200)
                .body("clientCode", is(code))
                .body("occurredAt", is("2022-05-01T11:00:00Z"))
                .body("clinician", is(Clinic.clinicianSubject()))
                .body("professionalType", is("NURSE"))
                .body("services", hasSize(10))
                .body("services.category", contains("STI_TEST", "STI_TEST", "TREATMENT", "CONTRACEPTION", "COUNSELLING", "PREP",
                        "PREP", "PEP", "VACCINATION", "REFERRAL"))
                .body("services[0].infection", is("CHLAMYDIA"))
                .body("services[0].sampleSites", contains("URINE", "THROAT"))
                .body("services[0].result", is("PENDING"))
                .body("services[1].result", is("PENDING"))
                .body("services[2].result", nullValue())
                .body("services[3].contraceptionMethod", is("IMPLANT"))
                .body("services[4].topics", contains("SAFER_SEX", "HIV_PREVENTION"))
                .body("services[5].prepEligible", is(true))
                .body("services[5].prepReason", is("CONDOMLESS_SEX"))
                .body("services[6].regimen", is("ON_DEMAND"))
                .body("services[6].prescribedOn", is("2022-04-30"))
                .body("services[8].vaccine", is("MPOX"))
                .body("services[8].dose", is(1))
                .body("services[9].referralTo", is("HOSPITAL_STI_CLINIC"))
                .body("services.voided", contains(false, false, false, false, false, false, false, false, false, false));
    }

    @Test
    void aPrepStartWithoutADateIsPrescribedOnTheConsultationsDay() {
        String code = newClient();
        consult(code, "2022-03-10T23:30:00Z", prep("START")); // 00:30 in Oslo: the 11th
        clinician().queryParam("clientCode", code).get("/health/consultations").then().statusCode(200)
                .body("items[0].services[0].prescribedOn", is("2022-03-11"));
    }

    @Test
    void anUnknownCodeIsRefusedAndAMergedCodeLandsOnItsSurvivor() {
        clinician().body("{\"clientCode\":\"ZZZZZZZZZZ\",\"professionalType\":\"DOCTOR\",\"services\":[" + PEP + "]}")
                .post("/health/consultations").then().statusCode(422).body("errors[0].field", is("clientCode"));
        String survivor = newClient();
        String duplicate = newClient();
        String before = consult(duplicate, "2022-02-01T10:00:00Z", PEP).getString("id");
        Clinic.merge(duplicate, survivor);
        JsonPath after = consult(duplicate, "2022-02-02T10:00:00Z", COUNSELLING);
        org.junit.jupiter.api.Assertions.assertEquals(survivor, after.getString("clientCode"));
        clinician().queryParam("clientCode", survivor).get("/health/consultations").then().statusCode(200)
                .body("items.id", contains(before, after.getString("id")));
        clinician().queryParam("clientCode", duplicate).get("/health/consultations").then().statusCode(200)
                .body("items.id", contains(before, after.getString("id")));
    }

    @Test
    void listsByClientAndByPeriod() {
        String code = newClient();
        String first = consult(code, "2021-06-01T09:00:00Z", PEP).getString("id");
        String second = consult(code, "2021-06-03T09:00:00Z", COUNSELLING).getString("id");
        clinician().queryParam("clientCode", code).get("/health/consultations").then().statusCode(200)
                .body("items.id", contains(first, second)).body("total", is(2));
        clinician().queryParam("clientCode", code).queryParam("from", "2021-06-02").queryParam("to", "2021-06-30")
                .get("/health/consultations").then().statusCode(200).body("items.id", contains(second));
        clinician().get("/health/consultations").then().statusCode(400).body("errors[0].field", is("from"));
        clinician().get("/health/consultations/" + java.util.UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void voidingALineOrAConsultationKeepsItMarked() {
        String code = newClient();
        JsonPath c = consult(code, "2021-07-01T09:00:00Z", stiTest("SYPHILIS"), COUNSELLING, PEP);
        String id = c.getString("id");
        String line = c.getString("services[1].id");
        clinician().body("{\"reason\":\"not given after all\"}").post("/health/consultations/" + id + "/services/" + line + "/void")
                .then().statusCode(200)
                .body("voided", is(false))
                .body("services.voided", contains(false, true, false))
                .body("services[1].voidReason", is("not given after all"));
        clinician().body("{\"reason\":\"again\"}").post("/health/consultations/" + id + "/services/" + line + "/void")
                .then().statusCode(409);
        clinician().body("{\"reason\":\"x\"}").post("/health/consultations/" + id + "/services/" + java.util.UUID.randomUUID() + "/void")
                .then().statusCode(404).body("errors[0].field", is("lineId"));
        clinician().body("{\"reason\":\"wrong client\"}").post("/health/consultations/" + id + "/void").then().statusCode(200)
                .body("voided", is(true)).body("voidReason", is("wrong client"))
                .body("services.voided", contains(true, true, true))
                .body("services[1].voidReason", is("not given after all"));
        clinician().body("{\"reason\":\"again\"}").post("/health/consultations/" + id + "/void").then().statusCode(409);
        clinician().body("{\"reason\":\"x\"}").post("/health/consultations/" + id + "/services/" + c.getString("services[0].id") + "/void")
                .then().statusCode(409);
        clinician().queryParam("clientCode", code).get("/health/consultations").then().body("total", is(0));
        clinician().queryParam("clientCode", code).queryParam("includeVoided", "true").get("/health/consultations").then()
                .body("items.id", contains(id));
    }

    @Test
    void refusesBadInput() {
        String code = newClient();
        String base = "{\"clientCode\":\"" + code + "\",\"professionalType\":\"NURSE\",";
        post(base + "\"services\":[]}", 400, "services");
        post(base + "\"services\":[{\"category\":\"STI_TEST\",\"infection\":\"CHLAMYDIA\"}]}", 400, "services[0].sampleSites");
        post(base + "\"services\":[" + PEP + ",{\"category\":\"VACCINATION\",\"vaccine\":\"MPOX\",\"dose\":1,\"infection\":\"HIV\"}]}",
                400, "services[1].infection");
        post(base + "\"services\":[{\"category\":\"VACCINATION\",\"vaccine\":\"MPOX\",\"dose\":4}]}", 400, "services[0].dose");
        post(base + "\"services\":[{\"category\":\"VACCINATION\",\"vaccine\":\"FLU\",\"dose\":1}]}", 400, "services[0].vaccine");
        post(base + "\"services\":[{\"category\":\"PREP\"}]}", 400, "services[0].prepStage");
        post(base + "\"services\":[{\"category\":\"PREP\",\"prepStage\":\"ASSESSMENT\",\"prepEligible\":false}]}", 400, "services[0].prepReason");
        post(base + "\"services\":[{\"category\":\"PREP\",\"prepStage\":\"FOLLOW_UP\",\"prepEligible\":true}]}", 400, "services[0].prepEligible");
        post(base + "\"services\":[{\"category\":\"COUNSELLING\",\"topics\":[\"ASTROLOGY\"]}]}", 400, "services[0].topics[0]");
        post(base + "\"services\":[{\"category\":\"REFERRAL\"}]}", 400, "services[0].referralTo");
        post(base + "\"services\":[" + PEP + "],\"note\":\"call her on 912 34 567\"}", 400, "note");
        post(base + "\"services\":[" + PEP + "],\"note\":\"" + "x".repeat(201) + "\"}", 400, "note");
        post(base + "\"services\":[" + PEP + "],\"diagnosis\":\"x\"}", 400, "diagnosis");
        post(base + "\"services\":[" + PEP + "],\"occurredAt\":\"" + Instant.now().plus(3, ChronoUnit.HOURS) + "\"}", 400, "occurredAt");
        post("{\"clientCode\":\"" + code + "\",\"services\":[" + PEP + "]}", 400, "professionalType");
        clinician().queryParam("clientCode", code).get("/health/consultations").then().body("total", is(0));
        String ok = consult(code, null, PEP).getString("id");
        clinician().body(base + "\"services\":[" + PEP + "],\"note\":\"wants a follow-up next week\"}").post("/health/consultations")
                .then().statusCode(201).body("note", is("wants a follow-up next week"));
        clinician().get("/health/consultations/" + ok).then().body("note", nullValue());
    }

    private static void post(String body, int status, String field) {
        clinician().body(body).post("/health/consultations").then().statusCode(status).body("errors[0].field", is(field));
    }
}
