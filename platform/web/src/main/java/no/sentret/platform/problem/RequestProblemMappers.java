package no.sentret.platform.problem;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Validation, security and HTTP errors as problem details; anything unexpected as a bare 500 without internals. */
public class RequestProblemMappers {

    private static final Logger LOG = Logger.getLogger(RequestProblemMappers.class);

    @ServerExceptionMapper(priority = 1)
    public Response problem(ProblemException e) {
        return ProblemResponses.of(e.problem());
    }

    @ServerExceptionMapper(priority = 1)
    public Response violations(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).reduce((a, b) -> a + "; " + b).orElse("invalid request");
        return ProblemResponses.of(Problem.of(400, "Bad Request", detail, errors));
    }

    @ServerExceptionMapper(priority = 1)
    public Response unauthorized(UnauthorizedException e) {
        return ProblemResponses.of(Problem.of(401, "Unauthorized", "a valid bearer token is required", null));
    }

    @ServerExceptionMapper(priority = 1)
    public Response authenticationFailed(AuthenticationFailedException e) {
        return ProblemResponses.of(Problem.of(401, "Unauthorized", "a valid bearer token is required", null));
    }

    @ServerExceptionMapper(priority = 1)
    public Response forbidden(ForbiddenException e) {
        return ProblemResponses.of(Problem.of(403, "Forbidden", "your role does not allow this", null));
    }

    @ServerExceptionMapper(priority = 10)
    public Response http(WebApplicationException e) {
        if (e.getCause() instanceof com.fasterxml.jackson.core.JsonProcessingException json) {
            return JsonProblemMappers.forCause(json);
        }
        if (e instanceof jakarta.ws.rs.NotFoundException && !e.getResponse().hasEntity()) {
            // no resource matched the path (RESTEasy's own): named as the kit's edge names a path no route takes
            return ProblemResponses.of(Problem.forField(404, "Not Found", "uri", "no resource answers this path"));
        }
        if (e instanceof jakarta.ws.rs.NotAllowedException) {
            return Response.fromResponse(ProblemResponses.of(Problem.forField(405, "Method Not Allowed", "method", "not allowed on this path")))
                    .header("Allow", e.getResponse().getHeaderString("Allow")).build();
        }
        Response original = e.getResponse();
        int status = original.getStatus();
        if (status >= 500) {
            LOG.error("request failed", e);
        }
        String title = Response.Status.fromStatusCode(status) != null ? Response.Status.fromStatusCode(status).getReasonPhrase() : "Error";
        String detail = status >= 500 ? "the request could not be completed" : e.getMessage();
        return ProblemResponses.of(Problem.of(status, title, detail, null));
    }

    @ServerExceptionMapper(priority = 100)
    public Response unexpected(Throwable e) {
        if (DependencyUnavailable.isCause(e)) {
            // the database is away: the caller may retry; nothing was written (the transaction rolled back)
            LOG.warnf("database unavailable: %s", e.getMessage());
            return Response.fromResponse(ProblemResponses.of(DependencyUnavailable.PROBLEM))
                    .header("Retry-After", DependencyUnavailable.RETRY_AFTER_SECONDS).build();
        }
        // never a stack trace or an internal message to the caller; the log has it
        LOG.error("unexpected error", e);
        return ProblemResponses.of(Problem.of(500, "Internal Server Error", "the request could not be completed", null));
    }

    /**
     * {@code register.request.activities[1]} becomes {@code activities[1]}: the field as the client
     * sent it. A body parameter's own name is dropped; a query or path parameter is the field itself.
     */
    static String field(ConstraintViolation<?> v) {
        StringBuilder sb = new StringBuilder();
        boolean afterParameter = false;
        for (Path.Node node : v.getPropertyPath()) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR
                    || kind == ElementKind.RETURN_VALUE || kind == ElementKind.CROSS_PARAMETER) {
                continue;
            }
            if (kind == ElementKind.PARAMETER) {
                sb.setLength(0);
                sb.append(node.getName());
                afterParameter = true;
                continue;
            }
            if (node.isInIterable()) {
                sb.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (kind == ElementKind.PROPERTY && node.getName() != null) {
                if (afterParameter && !node.isInIterable()) {
                    sb.setLength(0);
                } else if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(node.getName());
            }
            afterParameter = false;
        }
        return sb.length() == 0 ? "body" : sb.toString();
    }
}
