package no.sentret.platform.kafka;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * The event's type as a record header ({@code type}, the envelope's {@code type}), so a consumer that
 * wants a few types of a topic skips the others without parsing their JSON (the CloudEvents Kafka
 * binding carries {@code ce_type} the same way). The envelope stays the source of truth: records
 * written before the header existed have none, and a consumer then reads the envelope.
 */
public final class EventTypeHeader {

    public static final String NAME = "type";

    private EventTypeHeader() {
    }

    public static void add(Headers headers, String type) {
        if (type != null) {
            headers.add(NAME, type.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** @return the record's type header, or null when it has none (read the envelope then) */
    public static String of(ConsumerRecord<?, ?> record) {
        Header header = record.headers().lastHeader(NAME);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
