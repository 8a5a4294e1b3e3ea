package no.sentret.outreach.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import no.sentret.platform.directory.ClientErasure;

/**
 * What this service does when a client code is erased (ClientErased on visit-events, applied by the
 * client directory in its transaction): the messages under the code or in a conversation linked to it, those conversations and the street-shift contacts naming the code are deleted; a shift's own count of people spoken to stays.
 */
@ApplicationScoped
public class OutreachErasure implements ClientErasure {

    @Override
    public List<String> statements() {
        return List.of(
                "delete from outreach_message where client_code = ?1 or conversation in (select pseudonym from conversation where client_code = ?1)",
                "delete from conversation where client_code = ?1",
                "delete from street_shift_contact where client_code = ?1");
    }
}
