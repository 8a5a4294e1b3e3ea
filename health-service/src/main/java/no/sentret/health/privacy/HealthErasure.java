package no.sentret.health.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import no.sentret.platform.directory.ClientErasure;

/**
 * What this service does when a client code is erased (ClientErased on visit-events, applied by the
 * client directory in its transaction): the consultations under the code, their service lines with their result history, campaign contacts, standing invitations and
 * the privacy officer's request for them are deleted.
 */
@ApplicationScoped
public class HealthErasure implements ClientErasure {

    @Override
    public List<String> statements() {
        return List.of(
                "delete from test_result_change where line_id in (select id from service_line where client_code = ?1)",
                "delete from service_line where client_code = ?1",
                "delete from consultation where client_code = ?1",
                "delete from campaign_contact where client_code = ?1",
                "delete from health_team_invitation where client_code = ?1",
                "delete from subject_release where client_code = ?1");
    }
}
