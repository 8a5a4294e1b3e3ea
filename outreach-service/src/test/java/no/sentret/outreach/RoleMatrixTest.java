package no.sentret.outreach;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import no.sentret.infra.testing.RoleMatrix;
import no.sentret.infra.testing.RoleMatrix.Endpoint;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every endpoint × every role × no token, with real signed tokens. */
@QuarkusTest
class RoleMatrixTest {

    private static final Set<String> OUTREACH = Set.of("outreach");
    private static final Set<String> MESSAGE_WRITERS = Set.of("outreach", "staff");

    static List<Endpoint> endpoints() {
        return List.of(
                new Endpoint("POST /outreach/messages", MESSAGE_WRITERS, r -> r.body(message()).post("/outreach/messages")),
                new Endpoint("GET /outreach/messages", OUTREACH, r -> r.queryParam("from", "2022-01-01").queryParam("to", "2022-01-31")
                        .get("/outreach/messages")),
                new Endpoint("GET /outreach/messages/{id}", OUTREACH, r -> r.get("/outreach/messages/" + newMessage())),
                new Endpoint("POST /outreach/messages/{id}/void", OUTREACH, r -> r.body("{\"reason\":\"mistake\"}")
                        .post("/outreach/messages/" + newMessage() + "/void")),
                new Endpoint("GET /outreach/conversations/{pseudonym}/messages", OUTREACH, r -> {
                    String name = newConversation();
                    return r.get("/outreach/conversations/" + name + "/messages");
                }),
                new Endpoint("POST /outreach/conversations/{pseudonym}/link", OUTREACH, r -> {
                    String name = newConversation();
                    String code = Api.newClient();
                    return r.body("{\"clientCode\":\"" + code + "\"}").post("/outreach/conversations/" + name + "/link");
                }),
                new Endpoint("POST /outreach/street-shifts", OUTREACH, r -> r.body(SHIFT).post("/outreach/street-shifts")),
                new Endpoint("GET /outreach/street-shifts", OUTREACH, r -> r.queryParam("from", "2022-01-01").queryParam("to", "2022-01-31")
                        .get("/outreach/street-shifts")),
                new Endpoint("GET /outreach/street-shifts/{id}", OUTREACH, r -> r.get("/outreach/street-shifts/" + created("/outreach/street-shifts", SHIFT))),
                new Endpoint("POST /outreach/street-shifts/{id}/void", OUTREACH, r -> r.body("{\"reason\":\"mistake\"}")
                        .post("/outreach/street-shifts/" + created("/outreach/street-shifts", SHIFT) + "/void")),
                new Endpoint("POST /outreach/assignments", OUTREACH, r -> r.body(ASSIGNMENT).post("/outreach/assignments")),
                new Endpoint("GET /outreach/assignments", OUTREACH, r -> r.queryParam("from", "2022-01-01").queryParam("to", "2022-01-31")
                        .get("/outreach/assignments")),
                new Endpoint("GET /outreach/assignments/{id}", OUTREACH, r -> r.get("/outreach/assignments/" + created("/outreach/assignments", ASSIGNMENT))),
                new Endpoint("POST /outreach/assignments/{id}/void", OUTREACH, r -> r.body("{\"reason\":\"mistake\"}")
                        .post("/outreach/assignments/" + created("/outreach/assignments", ASSIGNMENT) + "/void")),
                new Endpoint("GET /outreach/ad-sites", Set.of("outreach", "analyst"), r -> r.get("/outreach/ad-sites")),
                new Endpoint("POST /outreach/ad-sites", OUTREACH, r -> r.body("{\"name\":\"" + siteName() + "\"}").post("/outreach/ad-sites")),
                new Endpoint("POST /outreach/ad-counts", OUTREACH, r -> {
                    String site = newSite();
                    return r.body("{\"site\":\"" + site + "\",\"week\":\"2022-W10\",\"count\":3}").post("/outreach/ad-counts");
                }),
                new Endpoint("POST /outreach/ad-counts/{id}/void", OUTREACH, r -> {
                    String count = created("/outreach/ad-counts", "{\"site\":\"" + newSite() + "\",\"week\":\"2022-W10\",\"count\":3}");
                    return r.body("{\"reason\":\"mistake\"}").post("/outreach/ad-counts/" + count + "/void");
                }),
                new Endpoint("GET /outreach/ad-counts/series", Set.of("outreach", "analyst"), r -> {
                    String site = newSite();
                    return r.queryParam("site", site).queryParam("year", "2022").get("/outreach/ad-counts/series");
                }),
                new Endpoint("POST /outreach/safety-alerts", MESSAGE_WRITERS, r -> r.body(ALERT).post("/outreach/safety-alerts")),
                new Endpoint("GET /outreach/safety-alerts", MESSAGE_WRITERS, r -> r.get("/outreach/safety-alerts")),
                new Endpoint("GET /outreach/safety-alerts/pending", OUTREACH, r -> r.get("/outreach/safety-alerts/pending")),
                new Endpoint("GET /outreach/safety-alerts/{id}", OUTREACH, r -> r.get("/outreach/safety-alerts/" + newAlert())),
                // recorded by another worker: the caller is the second worker the rule asks for
                new Endpoint("POST /outreach/safety-alerts/{id}/approve", OUTREACH, r -> r.post("/outreach/safety-alerts/" + newAlert() + "/approve")),
                new Endpoint("POST /outreach/safety-alerts/{id}/withdraw", OUTREACH, r -> r.body("{\"reason\":\"recorded twice\"}")
                        .post("/outreach/safety-alerts/" + newAlert() + "/withdraw")),
                new Endpoint("GET /outreach/clients/{clientCode}/export", Set.of("admin"), r -> r.get("/outreach/clients/ABCD2345/export")));
    }

    static Stream<Arguments> matrix() {
        return RoleMatrix.of(endpoints());
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("matrix")
    void eachRoleGetsExactlyWhatItsRuleSays(Endpoint endpoint, String role) {
        RoleMatrix.check(endpoint, role);
    }

    private static final String SHIFT = "{\"occurredAt\":\"2022-01-07T22:00:00Z\",\"endedAt\":\"2022-01-08T01:00:00Z\","
            + "\"district\":\"GRUNERLOKKA\",\"workers\":2,\"contacts\":3,\"handOuts\":[{\"kind\":\"CONDOMS\",\"quantity\":5}]}";
    private static final String ASSIGNMENT = "{\"occurredAt\":\"2022-01-10T09:00:00Z\",\"kind\":\"LECTURE\",\"audience\":\"POLICE\","
            + "\"participants\":12,\"concernsYoungPeople\":false}";

    private static final String ALERT = "{\"category\":\"THREATS\",\"district\":\"SENTRUM\",\"occurredOn\":\""
            + java.time.LocalDate.now(java.time.ZoneId.of("Europe/Oslo")) + "\",\"modusOperandi\":\"Black van, follows on foot\"}";

    private static String newAlert() {
        return no.sentret.infra.testing.TestTokens.withSubject("matrix-reporter", "matrix-reporter", "outreach").body(ALERT)
                .post("/outreach/safety-alerts").then().statusCode(201).extract().path("id");
    }

    private static String created(String path, String body) {
        return Api.outreach().body(body).post(path).then().statusCode(201).extract().path("id");
    }

    private static String siteName() {
        return "matrix-" + no.sentret.outreach.Api.tag() + ".no";
    }

    private static String newSite() {
        String site = siteName();
        Api.outreach().body("{\"name\":\"" + site + "\"}").post("/outreach/ad-sites").then().statusCode(201);
        return site;
    }

    private static String message() {
        return "{\"channel\":\"SMS\",\"direction\":\"OUTBOUND\",\"topics\":[\"OTHER\"],\"conversation\":\"matrix-"
                + no.sentret.outreach.Api.tag() + "\"}";
    }

    private static String newMessage() {
        return Api.outreach().body(message()).post("/outreach/messages").then().statusCode(201).extract().path("id");
    }

    private static String newConversation() {
        String name = "matrix-" + no.sentret.outreach.Api.tag();
        Api.outreach().body("{\"channel\":\"SMS\",\"direction\":\"OUTBOUND\",\"topics\":[\"OTHER\"],\"conversation\":\"" + name + "\"}")
                .post("/outreach/messages").then().statusCode(201);
        return name;
    }
}
