package no.sentret.outreach.messages;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import no.sentret.platform.records.EnumSetText;
import no.sentret.platform.records.VoidableRecord;

/**
 * A message to or from a client: under a client code when known, otherwise under the worker's
 * conversation pseudonym (and the code the conversation is later linked to).
 */
@Entity
@Table(name = "outreach_message")
public class OutreachMessage extends VoidableRecord {

    /** The conversation pseudonym, or null when the message was recorded under a client code. */
    public String conversation;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    @Enumerated(EnumType.STRING)
    public Channel channel;

    @Enumerated(EnumType.STRING)
    public Direction direction;

    public String language;

    @Convert(converter = TopicsColumn.class)
    public Set<MessageTopic> topics;

    /** The messages of a conversation not yet under a client code (voided ones included: they stay uncounted). */
    static List<OutreachMessage> unlinked(String conversation) {
        return list("conversation = ?1 and clientCode is null order by occurredAt, id", conversation);
    }

    @Converter
    public static class TopicsColumn extends EnumSetText<MessageTopic> {
        public TopicsColumn() {
            super(MessageTopic.class);
        }
    }
}
