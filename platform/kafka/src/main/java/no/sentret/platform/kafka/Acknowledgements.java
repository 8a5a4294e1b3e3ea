package no.sentret.platform.kafka;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * Sends records and returns only when the broker has acknowledged every one of them: what a
 * caller needs before it may forget the records (outbox rows, dead letters of an uncommitted batch).
 */
public final class Acknowledgements {

    private Acknowledgements() {
    }

    /** @throws IllegalStateException naming {@code destination} when any record was not acknowledged */
    public static <K, V> void sendAll(Producer<K, V> producer, List<ProducerRecord<K, V>> records, String destination) {
        List<Future<RecordMetadata>> acks = records.stream().map(producer::send).toList();
        producer.flush();
        for (Future<RecordMetadata> ack : acks) {
            try {
                ack.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + destination, e);
            } catch (ExecutionException e) {
                throw new IllegalStateException(destination + " did not acknowledge: " + e.getCause().getMessage(), e.getCause());
            }
        }
    }
}
