package no.sentret.outreach.shifts;

public enum HandOutKind {
    CONDOMS, LUBE, INFORMATION_LEAFLETS, OTHER
}
