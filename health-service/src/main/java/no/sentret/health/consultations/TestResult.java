package no.sentret.health.consultations;

/** A test's result: PENDING until the laboratory answers. Never leaves the service. */
public enum TestResult {
    PENDING, NEGATIVE, POSITIVE, INCONCLUSIVE
}
