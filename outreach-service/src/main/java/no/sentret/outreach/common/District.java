package no.sentret.outreach.common;

/**
 * Where a street shift went or an alert happened: Oslo's districts (bydeler) plus the centre,
 * coarse on purpose so that no place can point at a person.
 */
public enum District {
    SENTRUM, GAMLE_OSLO, GRUNERLOKKA, SAGENE, ST_HANSHAUGEN, FROGNER, ULLERN, VESTRE_AKER, NORDRE_AKER,
    BJERKE, GRORUD, STOVNER, ALNA, OSTENSJO, NORDSTRAND, SONDRE_NORDSTRAND, OUTSIDE_OSLO
}
