package no.sentret.platform.problem;

import java.util.List;

/** Thrown by services to refuse a request with problem details; never rolled into a 500. */
public class ProblemException extends RuntimeException {

    private final Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException notFound(String field, String message) {
        return new ProblemException(Problem.forField(404, "Not Found", field, message));
    }

    public static ProblemException conflict(String field, String message) {
        return new ProblemException(Problem.forField(409, "Conflict", field, message));
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(Problem.forField(400, "Bad Request", field, message));
    }

    /** The request is well-formed but names something that does not exist (e.g. an unknown client code in a body). */
    public static ProblemException unprocessable(String field, String message) {
        return new ProblemException(Problem.forField(422, "Unprocessable Content", field, message));
    }

    public static ProblemException forbidden(String field, String message) {
        return new ProblemException(Problem.of(403, "Forbidden", field + ": " + message,
                List.of(new Problem.FieldError(field, message))));
    }
}
