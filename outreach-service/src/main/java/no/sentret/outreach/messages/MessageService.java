package no.sentret.outreach.messages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import no.sentret.outreach.messages.MessagePayloads.OutreachContactRecorded;
import no.sentret.outreach.messages.MessagePayloads.OutreachContactVoided;
import no.sentret.platform.directory.ClientDirectory;
import no.sentret.platform.problem.ProblemException;
import no.sentret.platform.records.CentreTime;
import no.sentret.platform.records.DomainEvents;
import no.sentret.platform.records.DomainEvents.DomainEvent;
import no.sentret.platform.records.ListParams;
import no.sentret.platform.records.PageView;
import no.sentret.platform.records.RecordQuery;
import no.sentret.platform.records.VoidableRecord;

@ApplicationScoped
public class MessageService {

    private final ClientDirectory directory;
    private final DomainEvents events;

    public MessageService(ClientDirectory directory, DomainEvents events) {
        this.directory = directory;
        this.events = events;
    }

    @Transactional
    public OutreachMessage record(RecordMessageRequest request) {
        if ((request.clientCode() == null) == (request.conversation() == null)) {
            throw ProblemException.invalid(request.clientCode() == null ? "conversation" : "clientCode",
                    "give either clientCode or conversation (a pseudonym), not both");
        }
        OutreachMessage m = new OutreachMessage();
        m.id = UUID.randomUUID();
        m.occurredAt = CentreTime.pastOrNow(request.occurredAt() == null ? null : request.occurredAt().toInstant(), "occurredAt");
        m.channel = request.channel();
        m.direction = request.direction();
        m.language = request.language();
        m.topics = EnumSet.copyOf(request.topics());
        m.recordedAt = CentreTime.now();
        if (request.clientCode() != null) {
            m.clientCode = directory.resolveReferenced(request.clientCode(), "clientCode");
        } else {
            Conversation c = conversation(ConversationNames.normalise(request.conversation()));
            m.conversation = c.pseudonym;
            m.clientCode = c.clientCode; // a conversation linked earlier: its new messages count for the client at once
        }
        m.persist();
        events.append(OutreachContactRecorded.of(m), m.clientCode, m.occurredAt);
        return m;
    }

    /**
     * Links a conversation to a client code: its messages are now the client's, and each is published
     * again under its own id with the code, so the statistics count it once for the client.
     */
    @Transactional
    public ConversationView link(String pseudonym, String clientCode) {
        Conversation c = Conversation.findById(ConversationNames.normalise(pseudonym), LockModeType.PESSIMISTIC_WRITE);
        if (c == null) {
            throw ProblemException.notFound("pseudonym", "no conversation has this pseudonym");
        }
        String code = directory.resolveReferenced(clientCode, "clientCode");
        if (c.clientCode != null) {
            if (code.equals(directory.resolveReferenced(c.clientCode, "clientCode"))) { // the same client again: nothing to do
                return new ConversationView(c.pseudonym, c.clientCode, c.linkedAt, 0);
            }
            throw ProblemException.conflict("clientCode", "the conversation is already linked to another client code");
        }
        c.clientCode = code;
        c.linkedAt = CentreTime.now();
        List<OutreachMessage> messages = OutreachMessage.unlinked(c.pseudonym);
        List<DomainEvent> recorded = new ArrayList<>();
        for (OutreachMessage m : messages) {
            m.clientCode = code;
            if (!m.isVoided()) { // a voided contact was never counted and stays so
                recorded.add(new DomainEvent(OutreachContactRecorded.of(m), code, m.occurredAt));
            }
        }
        events.appendAll(recorded);
        return new ConversationView(c.pseudonym, c.clientCode, c.linkedAt, recorded.size());
    }

    @Transactional
    public OutreachMessage voidMessage(UUID id, String reason) {
        OutreachMessage m = VoidableRecord.required(OutreachMessage.findById(id, LockModeType.PESSIMISTIC_WRITE), "message");
        m.voidWith(reason);
        // the reason is free text and stays here; the event says only which contact is cancelled
        events.append(new OutreachContactVoided(m.id, m.clientCode, m.occurredAt), m.clientCode, m.voidedAt);
        return m;
    }

    @Transactional
    public OutreachMessage get(UUID id) {
        return VoidableRecord.required(OutreachMessage.findById(id), "message");
    }

    /** By period, by client, or both; at least one of them. */
    @Transactional
    public PageView<MessageView> list(ListParams params) {
        RecordQuery query = new RecordQuery("occurredAt").in(params.periodOrNull()).includeVoided(params.voidedIncluded());
        if (params.clientCode != null) {
            query.forCodes(directory.recordCodes(params.clientCode, "clientCode"));
        } else if (params.periodOrNull() == null) {
            throw ProblemException.invalid("from", "give a period (from, to) or a clientCode");
        }
        return query.page((q, sort, args) -> OutreachMessage.find(q, sort, args), (q, args) -> OutreachMessage.count(q, args),
                params.pageNumber(), params.pageSize(), MessageView::of);
    }

    /** The messages of one conversation, oldest first (linked or not). */
    @Transactional
    public List<MessageView> conversationMessages(String pseudonym, boolean includeVoided) {
        String name = ConversationNames.normalise(pseudonym);
        if (Conversation.findById(name) == null) {
            throw ProblemException.notFound("pseudonym", "no conversation has this pseudonym");
        }
        return OutreachMessage.<OutreachMessage>list("conversation = ?1" + (includeVoided ? "" : " and voidedAt is null")
                + " order by occurredAt, id", name).stream().map(MessageView::of).toList();
    }

    /** Finds or creates the conversation, locked; concurrent first messages of one pseudonym meet on the insert. */
    private Conversation conversation(String pseudonym) {
        Conversation.getEntityManager().createNativeQuery("insert into conversation (pseudonym) values (?1) on conflict do nothing")
                .setParameter(1, pseudonym).executeUpdate();
        return Conversation.findById(pseudonym, LockModeType.PESSIMISTIC_WRITE);
    }
}
