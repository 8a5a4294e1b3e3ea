package no.sentret.legal.areas;

import jakarta.persistence.Converter;
import no.sentret.platform.records.EnumSetText;

/** Sets of areas stored as one comma-separated column. */
public final class AreaColumns {

    private AreaColumns() {
    }

    @Converter
    public static class Areas extends EnumSetText<LegalArea> {
        public Areas() {
            super(LegalArea.class);
        }
    }

    @Converter
    public static class SubAreas extends EnumSetText<CriminalSubArea> {
        public SubAreas() {
            super(CriminalSubArea.class);
        }
    }
}
