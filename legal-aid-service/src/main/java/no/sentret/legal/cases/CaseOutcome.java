package no.sentret.legal.cases;

/** How a case is closed. */
public enum CaseOutcome {
    RESOLVED_ON_SITE, REFERRED;

    CaseStatus status() {
        return CaseStatus.valueOf(name());
    }
}
