package no.sentret.stats.ingest;

/** An event that breaks the contract: it goes to the dead-letter topic with this reason. */
public class InvalidEventException extends Exception {

    public InvalidEventException(String reason) {
        super(reason, null, false, false);
    }
}
