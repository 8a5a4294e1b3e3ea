package no.sentret.visit;

import static no.sentret.visit.Api.admin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import no.sentret.infra.testing.RoleMatrix;
import no.sentret.infra.testing.RoleMatrix.Endpoint;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every endpoint against every role with a real signed token, and without a token: the allowed
 * roles get a success, every other role 403, no token 401, each as problem details for refusals.
 */
@QuarkusTest
class RoleMatrixTest {

    private static final Set<String> DESK = Set.of("staff", "admin");

    static List<Endpoint> endpoints() {
        return List.of(
                new Endpoint("POST /clients", DESK, r -> r.body("{\"gender\":\"MAN\"}").post("/clients")),
                new Endpoint("GET /clients/{code}", DESK, r -> r.get("/clients/" + Api.newClient())),
                new Endpoint("GET /clients/{code}/export", Set.of("admin"), r -> r.get("/clients/" + Api.newClient() + "/export")),
                new Endpoint("POST /clients/{code}/erase", Set.of("admin"), r -> r.post("/clients/" + Api.newClient() + "/erase")),
                new Endpoint("PATCH /clients/{code}", DESK, r -> r.body("{\"gender\":\"NOT_STATED\"}").patch("/clients/" + Api.newClient())),
                new Endpoint("GET /clients?codePrefix", DESK, r -> r.queryParam("codePrefix", "K").get("/clients")),
                new Endpoint("POST /clients/{code}/merge", Set.of("admin"), r -> {
                    String survivor = Api.newClient();
                    return r.body("{\"survivingCode\":\"" + survivor + "\"}").post("/clients/" + Api.newClient() + "/merge");
                }),
                new Endpoint("POST /visits", DESK, r -> r.body("{\"activities\":[\"MEAL\"]}").post("/visits")),
                new Endpoint("GET /visits", DESK, r -> r.queryParam("from", "2022-01-01").queryParam("to", "2022-01-31").get("/visits")),
                new Endpoint("GET /visits/today", DESK, r -> r.get("/visits/today")),
                new Endpoint("GET /visits/{id}", DESK, r -> r.get("/visits/" + newVisit())),
                new Endpoint("POST /visits/{id}/void", DESK, r -> r.body("{\"reason\":\"mistake\"}").post("/visits/" + newVisit() + "/void")),
                new Endpoint("POST /social-consultations", DESK, r -> r.body("{\"clientCode\":\"" + Api.newClient()
                        + "\",\"kind\":\"CONSULTATION\",\"topics\":[\"HOUSING\"]}").post("/social-consultations")),
                new Endpoint("GET /social-consultations", DESK, r -> r.queryParam("from", "2022-01-01").queryParam("to", "2022-01-31")
                        .get("/social-consultations")),
                new Endpoint("GET /social-consultations/{id}", DESK, r -> r.get("/social-consultations/" + newConsultation())),
                new Endpoint("POST /social-consultations/{id}/void", DESK, r -> r.body("{\"reason\":\"mistake\"}")
                        .post("/social-consultations/" + newConsultation() + "/void")),
                new Endpoint("POST /feedback", Set.of("kiosk"), r -> r.body("{\"score\":4,\"language\":\"nb\"}").post("/feedback")),
                new Endpoint("GET /feedback/questions", Set.of("kiosk"), r -> r.get("/feedback/questions")));
    }

    static Stream<Arguments> matrix() {
        return RoleMatrix.of(endpoints());
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("matrix")
    void eachRoleGetsExactlyWhatItsRuleSays(Endpoint endpoint, String role) {
        RoleMatrix.check(endpoint, role);
    }

    private static String newVisit() {
        return admin().body("{\"activities\":[\"REST\"]}").post("/visits").then().statusCode(201).extract().path("id");
    }

    private static String newConsultation() {
        return admin().body("{\"clientCode\":\"" + Api.newClient() + "\",\"kind\":\"FOLLOW_UP\",\"topics\":[\"ECONOMY\"]}")
                .post("/social-consultations").then().statusCode(201).extract().path("id");
    }
}
