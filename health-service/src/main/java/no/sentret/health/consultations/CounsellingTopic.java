package no.sentret.health.consultations;

/** The fixed list of counselling topics. */
public enum CounsellingTopic {
    SAFER_SEX, STI_PREVENTION, HIV_PREVENTION, CONTRACEPTION, PREGNANCY, SEXUAL_HEALTH, MENTAL_HEALTH, SUBSTANCE_USE,
    VIOLENCE, VACCINATION, OTHER
}
