package no.sentret.platform.records;

/** Which of a client's records a list shows: the client (and codes merged into it), voided ones or not. */
public interface RecordFilter {

    /** null: every client's */
    String clientCode();

    boolean voidedIncluded();
}
