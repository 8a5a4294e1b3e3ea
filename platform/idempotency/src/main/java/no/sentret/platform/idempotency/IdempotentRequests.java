package no.sentret.platform.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import no.sentret.platform.problem.Problem;
import no.sentret.platform.problem.ProblemResponses;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Safe retries: a {@code POST} with an {@code Idempotency-Key} header runs once per caller and key. A retry with the
 * same key and the same request gets the first answer again (marked {@code Idempotent-Replayed: true}) and writes
 * nothing; the same key with another body or path is a 422; a retry while the first attempt still runs waits for it
 * (then a 409). A front-desk tablet that lost its connection after pressing "record" can send the same request again
 * without recording the visit twice. Keys belong to the caller (the token's subject), so one user's key never
 * answers another's request.
 */
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";
    static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    static final String KEY_RULE = "must be 1 to 64 letters, digits or . _ : - (a random UUID per action is a good key)";
    private static final String CLAIM = IdempotentRequests.class.getName() + ".claim";
    private static final Logger LOG = Logger.getLogger(IdempotentRequests.class);

    private final IdempotencyKeys keys;
    private final IdempotencyConfig config;
    private final SecurityIdentity identity;
    private final ObjectMapper json;
    private final KeyedRequest keyed;
    private final PendingReleases pending;

    public IdempotentRequests(IdempotencyKeys keys, IdempotencyConfig config, SecurityIdentity identity, ObjectMapper json,
                              KeyedRequest keyed, PendingReleases pending) {
        this.keys = keys;
        this.pending = pending;
        this.config = config;
        this.identity = identity;
        this.json = json;
        this.keyed = keyed;
    }

    @ServerRequestFilter
    public Optional<Response> claim(ContainerRequestContext request) throws IOException, SQLException, InterruptedException {
        String key = request.getHeaderString(HEADER);
        if (key == null || !"POST".equals(request.getMethod())) {
            return Optional.empty();
        }
        if (!KEY.matcher(key).matches()) {
            return Optional.of(ProblemResponses.of(Problem.forField(400, "Bad request", HEADER, KEY_RULE)));
        }
        if (identity.isAnonymous()) {
            return Optional.empty(); // no caller to key on; the endpoint's role rule answers
        }
        byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
        request.setEntityStream(new ByteArrayInputStream(body));
        String fingerprint = fingerprint(request.getUriInfo().getPath(), body);
        String caller = identity.getPrincipal().getName();
        long giveUpAt = System.nanoTime() + config.waitForFirstAttempt().toNanos();
        while (true) {
            Claim claim = keys.claim(caller, key, fingerprint);
            if (claim instanceof Claim.New fresh) {
                request.setProperty(CLAIM, fresh);
                keyed.claim(fresh); // the transaction that writes marks it written (WrittenMark)
                return Optional.empty();
            }
            if (claim instanceof Claim.WrittenAnswerLost) {
                return Optional.of(ProblemResponses.of(Problem.forField(409, "Conflict", HEADER,
                        "the first request with this key was recorded, but the service stopped before its answer was kept;"
                                + " it was not recorded again: look the record up instead of sending it anew")));
            }
            if (claim instanceof Claim.Answered answered) {
                return Optional.of(answered.response().replay());
            }
            if (claim instanceof Claim.Mismatch) {
                return Optional.of(ProblemResponses.of(Problem.forField(422, "Unprocessable request", HEADER,
                        "was already used for a different request; use a new key for a new action")));
            }
            if (System.nanoTime() > giveUpAt) {
                return Optional.of(Response.fromResponse(ProblemResponses.of(Problem.forField(409, "Conflict", HEADER,
                        "the first request with this key is still being processed; retry in a moment")))
                        .header("Retry-After", "1").build());
            }
            Thread.sleep(50);
        }
    }

    @ServerResponseFilter
    public void answer(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(CLAIM) instanceof Claim.New claim)) {
            return;
        }
        int status = response.getStatus();
        try {
            if (status >= 500 || status == 401 || status == 403 || status == 429) {
                keys.release(claim); // a retry may well succeed: it must run, not be told this again
            } else {
                keys.answer(claim, new StoredResponse(status, contentType(response),
                        response.getHeaderString(HttpHeaders.LOCATION), body(response.getEntity())));
            }
        } catch (SQLException | JsonProcessingException e) {
            // the answer still goes out; the claim is released once the database is back (a claim whose write
            // committed stays: WrittenMark), so the retry runs again instead of a 409 until abandonedAfter
            LOG.warnf("could not keep the answer to a keyed request (%s): %s", HEADER, e.getMessage());
            pending.add(claim);
        }
    }

    private static String contentType(ContainerResponseContext response) {
        return response.getMediaType() == null ? null : response.getMediaType().toString();
    }

    private String body(Object entity) throws JsonProcessingException {
        if (entity == null) {
            return null;
        }
        return entity instanceof String text ? text : json.writeValueAsString(entity);
    }

    private static String fingerprint(String path, byte[] body) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(("POST " + path + "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
