package no.sentret.legal.cases;

/** Where a referred case was sent on. */
public enum ReferredTo {
    LEGAL_AID_OFFICE, POLICE, PRIVATE_LAWYER, IMMIGRATION_AUTHORITY, OTHER
}
