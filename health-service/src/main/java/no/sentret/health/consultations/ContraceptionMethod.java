package no.sentret.health.consultations;

public enum ContraceptionMethod {
    CONDOMS, COMBINED_PILL, PROGESTOGEN_PILL, INJECTION, IMPLANT, HORMONAL_IUD, COPPER_IUD, VAGINAL_RING, PATCH,
    EMERGENCY_PILL, OTHER
}
