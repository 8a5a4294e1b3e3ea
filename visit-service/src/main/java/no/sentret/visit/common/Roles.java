package no.sentret.visit.common;

/** The realm roles this service knows; everything else gets 403. */
public final class Roles {

    public static final String STAFF = "staff";
    /** Everything staff may do, plus merging clients and back-dated registration. */
    public static final String ADMIN = "admin";
    /** The feedback terminal's own client: feedback only. */
    public static final String KIOSK = "kiosk";

    private Roles() {
    }
}
