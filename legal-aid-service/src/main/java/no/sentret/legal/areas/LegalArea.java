package no.sentret.legal.areas;

/** Areas of law the centre's lawyer is asked about (the annual report's "Advokatbistand"). */
public enum LegalArea {
    CRIMINAL, FAMILY, IMMIGRATION, HOUSING_AND_TENANCY, FINANCES, OTHER
}
