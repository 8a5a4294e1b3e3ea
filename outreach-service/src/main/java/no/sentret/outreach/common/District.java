package no.sentret.outreach.common;

/**
 * Where a street shift went or an alert happened: Oslo's districts (bydeler) plus the centre,
 * coarse on purpose so that no place can point at a person. Labels for screens in Norwegian and English.
 */
public enum District implements Labelled {
    SENTRUM("Sentrum", "City centre"),
    GAMLE_OSLO("Gamle Oslo", "Gamle Oslo"),
    GRUNERLOKKA("Grünerløkka", "Grünerløkka"),
    SAGENE("Sagene", "Sagene"),
    ST_HANSHAUGEN("St. Hanshaugen", "St. Hanshaugen"),
    FROGNER("Frogner", "Frogner"),
    ULLERN("Ullern", "Ullern"),
    VESTRE_AKER("Vestre Aker", "Vestre Aker"),
    NORDRE_AKER("Nordre Aker", "Nordre Aker"),
    BJERKE("Bjerke", "Bjerke"),
    GRORUD("Grorud", "Grorud"),
    STOVNER("Stovner", "Stovner"),
    ALNA("Alna", "Alna"),
    OSTENSJO("Østensjø", "Østensjø"),
    NORDSTRAND("Nordstrand", "Nordstrand"),
    SONDRE_NORDSTRAND("Søndre Nordstrand", "Søndre Nordstrand"),
    OUTSIDE_OSLO("Utenfor Oslo", "Outside Oslo");

    private final String nb;
    private final String en;

    District(String nb, String en) {
        this.nb = nb;
        this.en = en;
    }

    @Override
    public String label(ScreenLanguage language) {
        return language == ScreenLanguage.EN ? en : nb;
    }
}
