package no.sentret.infra.suite;

/** A start-up failure with a message meant for the person running the suite. */
public class SuiteException extends RuntimeException {

    public SuiteException(String message) {
        super(message);
    }

    public SuiteException(String message, Throwable cause) {
        super(message, cause);
    }
}
