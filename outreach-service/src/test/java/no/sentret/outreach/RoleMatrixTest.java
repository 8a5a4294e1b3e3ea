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
                }));
    }

    static Stream<Arguments> matrix() {
        return RoleMatrix.of(endpoints());
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("matrix")
    void eachRoleGetsExactlyWhatItsRuleSays(Endpoint endpoint, String role) {
        RoleMatrix.check(endpoint, role);
    }

    private static String message() {
        return "{\"channel\":\"SMS\",\"direction\":\"OUTBOUND\",\"topics\":[\"OTHER\"],\"conversation\":\"matrix-"
                + UUID.randomUUID().toString().substring(0, 8) + "\"}";
    }

    private static String newMessage() {
        return Api.outreach().body(message()).post("/outreach/messages").then().statusCode(201).extract().path("id");
    }

    private static String newConversation() {
        String name = "matrix-" + UUID.randomUUID().toString().substring(0, 8);
        Api.outreach().body("{\"channel\":\"SMS\",\"direction\":\"OUTBOUND\",\"topics\":[\"OTHER\"],\"conversation\":\"" + name + "\"}")
                .post("/outreach/messages").then().statusCode(201);
        return name;
    }
}
