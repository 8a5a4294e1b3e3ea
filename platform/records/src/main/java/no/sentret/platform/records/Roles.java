package no.sentret.platform.records;

/**
 * The realm roles of the suite (Keycloak realm {@code sentret}). Every endpoint names the ones it
 * allows; a role not named gets 403.
 */
public final class Roles {

    /** Front desk and social workers: clients, visits, social consultations. */
    public static final String STAFF = "staff";
    /** Everything staff may do, plus merging clients and back-dated registration; reads audit logs, not records. */
    public static final String ADMIN = "admin";
    /** The feedback terminal's own client: feedback only. */
    public static final String KIOSK = "kiosk";
    /** Doctors and nurses: the only role that reads health records. */
    public static final String CLINICIAN = "clinician";
    /** Lawyers on shift: record and read legal inquiries and cases. */
    public static final String LAWYER = "lawyer";
    /** The staff member who arranges the lawyers: plans shifts, reads the shift and case registers. */
    public static final String LEGAL_COORDINATOR = "legal-coordinator";
    /** Outreach workers: messages, street shifts, ad-site counts, safety alerts, assignments. */
    public static final String OUTREACH = "outreach";
    /** The centre's analysts: full statistics, no records. */
    public static final String ANALYST = "analyst";
    /** The municipality's integration: figures after disclosure control only. */
    public static final String MUNICIPALITY = "municipality";

    private Roles() {
    }
}
