package no.sentret.stats.facts;

/**
 * The widths of the free-text columns an event's values are stored in (db/migration; the enumerated
 * values of gender, nationality and age group fit theirs by construction). The parser refuses
 * a longer value as an invalid event, so it goes to the dead letters before it reaches PostgreSQL;
 * {@code PoisonEventTest} checks these against the migrated tables.
 */
public final class ColumnSizes {

    /** service_event.source (in characters, as varchar counts them) */
    public static final int SOURCE = 64;
    /** client.code, client_alias.*_code, service_event.client_code */
    public static final int CLIENT_CODE = 64;

    /** ad_site_week.site (the contract's maxLength) */
    public static final int AD_SITE = 60;

    private ColumnSizes() {
    }
}
