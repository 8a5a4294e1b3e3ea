package no.sentret.health.consultations;

/** A PrEP line: assessed, started (prescribed), followed up (3-monthly) or stopped. */
public enum PrepStage {
    ASSESSMENT, START, FOLLOW_UP, STOP
}
