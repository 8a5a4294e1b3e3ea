package no.sentret.legal.shifts;

/** Why a shift did not take place. */
public enum CancelReason {
    LAWYER_ILL, LAWYER_UNAVAILABLE, NO_SUBSTITUTE_FOUND, CENTRE_CLOSED, PUBLIC_HOLIDAY, OTHER
}
