package no.sentret.platform.problem;

import jakarta.ws.rs.core.Response;

/** Builds a response carrying problem details with the right media type. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Response of(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
