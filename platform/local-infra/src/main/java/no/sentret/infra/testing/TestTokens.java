package no.sentret.infra.testing;

import static io.restassured.RestAssured.given;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Requests with a real signed bearer token (issued by the test OIDC server, {@link OidcWiremockTestResource}) for one role.
 * Every token names our API in {@code aud} ({@link #API_AUDIENCE}), as the realm's default client scope makes
 * Keycloak do: the services and the gateway refuse any other audience. The root pom also gives the test OIDC
 * server this audience ({@code quarkus.test.oidc.token.audience}) for the tokens it issues itself (the browser's
 * authorization-code flow, {@code OidcWiremockTestResource.getAccessToken}).
 */
public final class TestTokens {

    /** {@code sentret.api-audience}: the {@code aud} every access token for the suite's API carries. */
    public static final String API_AUDIENCE = "sentret-api";

    /** Every realm role of the suite; a role matrix runs each endpoint against each. */
    public static final String[] ROLES = {"staff", "clinician", "lawyer", "legal-coordinator", "outreach", "analyst",
            "municipality", "admin", "kiosk"};

    /**
     * The test OIDC server's tokens live 300 s and a module's tests on a loaded machine run far longer:
     * a token is re-issued once it is older than this, so none in use is near its expiry.
     */
    /** The test OIDC server's fixed subject, which its own {@code getAccessToken} gives every token. */
    private static final String SUBJECT = "123456";

    private static final long RENEW_AFTER_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(120);

    private record Issued(String token, long at) {
    }

    private static final Map<String, Issued> TOKENS = new ConcurrentHashMap<>();

    private TestTokens() {
    }

    /** A JSON request as user {@code user-<role>} holding only {@code role}. */
    public static RequestSpecification as(String role) {
        String token = cached(role, () -> accessToken("user-" + role, role));
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    /** A JSON request as {@code user} with {@code roles} (e.g. a second clinician). */
    public static RequestSpecification as(String user, String... roles) {
        String token = cached(user + "|" + String.join(",", roles), () -> accessToken(user, roles));
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    /** A fresh access token for our API as {@code user} with {@code roles}. */
    public static String accessToken(String user, String... roles) {
        return OidcWiremockTestResource.generateJwtToken(user, Set.of(roles), SUBJECT, "Bearer", Set.of(API_AUDIENCE));
    }

    /**
     * An access token like {@link #accessToken} in every way (signature, issuer, type, roles) but issued for
     * another audience, as the realm gives a client of another service: our API must refuse it.
     */
    public static String forAnotherAudience(String audience, String user, String... roles) {
        return OidcWiremockTestResource.generateJwtToken(user, Set.of(roles), SUBJECT, "Bearer", Set.of(audience));
    }

    /**
     * A JSON request as {@code user} with its own token subject ({@code sub}), as Keycloak gives each
     * user one: for rules tied to who acted (a lawyer on the roster, the clinician of a consultation).
     * The other methods' tokens all carry the test OIDC server's fixed subject.
     */
    public static RequestSpecification withSubject(String subject, String user, String... roles) {
        String token = cached("sub:" + subject + "|" + user + "|" + String.join(",", roles),
                () -> OidcWiremockTestResource.generateJwtToken(user, Set.of(roles), subject, "Bearer", Set.of(API_AUDIENCE)));
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    private static String cached(String key, java.util.function.Supplier<String> issue) {
        return TOKENS.compute(key, (k, old) -> old != null && System.nanoTime() - old.at() < RENEW_AFTER_NANOS
                ? old : new Issued(issue.get(), System.nanoTime())).token();
    }
}
