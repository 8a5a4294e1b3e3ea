package no.sentret.health.consultations;

/** What kind of health service a line records; the only clinical word that leaves the service (in events). */
public enum Category {
    STI_TEST, TREATMENT, CONTRACEPTION, COUNSELLING, PREP, PEP, VACCINATION, REFERRAL
}
