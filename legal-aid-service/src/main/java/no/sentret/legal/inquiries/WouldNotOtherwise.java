package no.sentret.legal.inquiries;

/** The answer to "would you have sought a lawyer if the lawyer were not here?" turned round: YES = would not have. */
public enum WouldNotOtherwise {
    YES, NO, NOT_ASKED
}
