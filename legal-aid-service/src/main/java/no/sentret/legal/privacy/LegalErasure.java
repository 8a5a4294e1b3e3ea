package no.sentret.legal.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import no.sentret.platform.directory.ClientErasure;

/**
 * What this service does when a client code is erased (ClientErased on visit-events, applied by the
 * client directory in its transaction): the inquiries under the code, the cases opened from them (or under the code) and their meetings are deleted (and the privacy officer's
 * request for them); shifts and the roster, which are the lawyers' records, stay.
 */
@ApplicationScoped
public class LegalErasure implements ClientErasure {

    @Override
    public List<String> statements() {
        return List.of(
                "delete from legal_case_meeting where case_id in (select id from legal_case where client_code = ?1 or inquiry_id in (select id from legal_inquiry where client_code = ?1))",
                "delete from legal_case where client_code = ?1 or inquiry_id in (select id from legal_inquiry where client_code = ?1)",
                "delete from legal_inquiry where client_code = ?1",
                "delete from subject_release where client_code = ?1");
    }
}
