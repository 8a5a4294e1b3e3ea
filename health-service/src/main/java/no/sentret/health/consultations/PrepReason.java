package no.sentret.health.consultations;

/** Why a client was or was not found eligible for PrEP (assessment), from a fixed list. */
public enum PrepReason {
    CONDOMLESS_SEX, RECENT_BACTERIAL_STI, REPEATED_PEP, PARTNER_WITH_HIV, NO_SUBSTANTIAL_RISK, HIV_POSITIVE,
    MEDICAL_CONTRAINDICATION, CLIENT_DECLINED, OTHER
}
