package no.sentret.visit.privacy;

import java.util.List;

/**
 * What visit-service removes when a client code is erased, per code (the client's and each merged into
 * it): the social consultations are deleted, Stua visits stay as anonymous visits (the lounge's count
 * of visits is not about the person; client_code null is an anonymous visit), the health team's flag
 * goes, and the client row with its attributes is deleted last (merged codes before their survivor:
 * merged_into refers to it).
 */
final class VisitErasure {

    static final List<String> STATEMENTS = List.of(
            "delete from social_consultation where client_code = ?1",
            "update visit set client_code = null where client_code = ?1",
            "delete from health_team_invitation where client_code = ?1",
            "delete from client where code = ?1");

    private VisitErasure() {
    }
}
