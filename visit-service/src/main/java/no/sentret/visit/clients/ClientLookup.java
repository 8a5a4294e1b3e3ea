package no.sentret.visit.clients;

import no.sentret.platform.records.ClientCodes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.List;
import no.sentret.platform.problem.ProblemException;

/**
 * Resolves a client code as every endpoint takes it: case-insensitive, and a code merged into
 * another resolves to the surviving client.
 */
@ApplicationScoped
public class ClientLookup {

    /** The client registered under exactly this code (retired or not); 404 naming {@code code}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Client own(String code) {
        Client client = Client.findById(ClientCodes.normalise(code));
        if (client == null) {
            throw ProblemException.notFound("code", "no client has this code");
        }
        return client;
    }

    /** The active client this code stands for (a path parameter); 404 naming {@code code}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Client resolve(String code) {
        Client client = own(code);
        return client.isRetired() ? Client.findById(client.mergedInto) : client;
    }

    /**
     * As {@link #resolve}, holding the row lock of the client returned, taken as it is read: a
     * concurrent PATCH or merge of the same client waits for our commit and then reads our change,
     * instead of writing over it from a copy read before the lock.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Client resolveForUpdate(String code) {
        Client client = Client.findById(ClientCodes.normalise(code), LockModeType.PESSIMISTIC_WRITE);
        if (client == null) {
            throw ProblemException.notFound("code", "no client has this code");
        }
        // merges fold chains (no code points at a retired one), so one hop reaches the active client
        return client.isRetired() ? Client.findById(client.mergedInto, LockModeType.PESSIMISTIC_WRITE) : client;
    }

    /**
     * The active client a request body refers to; an unknown code is 422 naming {@code field}
     * (the request is well-formed, the code it names does not exist).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Client resolveReferenced(String code, String field) {
        Client client = Client.findById(ClientCodes.normalise(code));
        if (client == null) {
            throw ProblemException.unprocessable(field, "no client has this code");
        }
        return client.isRetired() ? Client.findById(client.mergedInto) : client;
    }

    /** The codes whose records belong to the client {@code code} stands for (its own and those merged into it). */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> recordCodes(String code, String field) {
        return Client.codesOf(resolveReferenced(code, field).code);
    }
}
