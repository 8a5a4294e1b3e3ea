package no.sentret.legal.cases;

/** OPEN until closed as resolved on site or referred on. */
public enum CaseStatus {
    OPEN, RESOLVED_ON_SITE, REFERRED
}
