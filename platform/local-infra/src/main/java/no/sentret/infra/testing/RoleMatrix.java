package no.sentret.infra.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Every endpoint × every role × no token, with real signed tokens: the allowed roles get a 2xx,
 * every other role a 403, no token a 401, refusals as problem details. A service's role-matrix test:
 * <pre>
 * static Stream&lt;Arguments&gt; matrix() { return RoleMatrix.of(List.of(new Endpoint(...), ...)); }
 * &#64;ParameterizedTest(name = "{0} as {1}") &#64;MethodSource("matrix")
 * void rule(Endpoint endpoint, String role) { RoleMatrix.check(endpoint, role); }
 * </pre>
 */
public final class RoleMatrix {

    public static final String NO_TOKEN = "(no token)";

    /** One endpoint; {@code call} sets up what it needs (with an allowed role's token) and sends the request. */
    public record Endpoint(String name, Set<String> allowed, Function<RequestSpecification, Response> call) {
        @Override
        public String toString() {
            return name;
        }
    }

    private RoleMatrix() {
    }

    public static Stream<Arguments> of(List<Endpoint> endpoints) {
        return endpoints.stream().flatMap(e -> Stream.concat(Arrays.stream(TestTokens.ROLES), Stream.of(NO_TOKEN))
                .map(role -> Arguments.of(e, role)));
    }

    public static void check(Endpoint endpoint, String role) {
        boolean noToken = role.equals(NO_TOKEN);
        RequestSpecification request = noToken ? given().contentType(ContentType.JSON) : TestTokens.as(role);
        Response response = endpoint.call().apply(request);
        int status = response.statusCode();
        if (noToken) {
            assertEquals(401, status, endpoint + " without a token");
        } else if (endpoint.allowed().contains(role)) {
            assertTrue(status >= 200 && status < 300, endpoint + " as " + role + " is allowed, got " + status + ": " + response.asString());
            return;
        } else {
            assertEquals(403, status, endpoint + " as " + role + " is forbidden, got: " + response.asString());
        }
        assertEquals("application/problem+json", response.contentType().split(";")[0], endpoint + " as " + role);
    }
}
