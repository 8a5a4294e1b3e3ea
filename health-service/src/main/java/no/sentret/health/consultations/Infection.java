package no.sentret.health.consultations;

/** Infections tested for (one STI_TEST line each) or treated. */
public enum Infection {
    CHLAMYDIA, GONORRHOEA, SYPHILIS, HIV, HEPATITIS_B, HEPATITIS_C, MYCOPLASMA
}
