package no.sentret.visit.invitations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.inject.Singleton;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import no.sentret.platform.kafka.EventTypeHeader;
import no.sentret.platform.kafka.KafkaClients;
import no.sentret.platform.kafka.TopicFeed;
import no.sentret.platform.records.ClientCodes;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Reads the health team's invitation flag from health-events (the kit's {@link TopicFeed}): a
 * requested flag is stored under its code, a cleared one removed. Both statements are idempotent
 * and one client's events share a partition (keyed by code), so redelivery ends in the same table.
 * Every other health event is none of the front desk's business and is skipped unread.
 */
@Singleton // no client proxy: the feed is a thread with state, and its parent has no no-args constructor
public class HealthInvitationFeed extends TopicFeed {

    private static final Logger LOG = Logger.getLogger(HealthInvitationFeed.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final EntityManager em;
    private final boolean enabled;
    private final String topic;

    HealthInvitationFeed(KafkaClients clients, EntityManager em,
                         @ConfigProperty(name = "sentret.visit.health-invitations.enabled", defaultValue = "true") boolean enabled,
                         @ConfigProperty(name = "sentret.visit.health-invitations.topic", defaultValue = "health-events") String topic) {
        super(clients);
        this.em = em;
        this.enabled = enabled;
        this.topic = topic;
    }

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            start();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    @Override
    protected Settings settings() {
        return new Settings("visit-service-health-invitations", List.of(topic), "visit-service-health-invitations",
                Duration.ofMillis(500), Duration.ofSeconds(2));
    }

    @Override
    protected void apply(List<ConsumerRecord<String, String>> records) {
        // nearly every health event is a service line: skipped by its type header, unparsed, without a transaction
        List<ConsumerRecord<String, String>> invitations = records.stream().filter(HealthInvitationFeed::mayBeInvitation).toList();
        if (!invitations.isEmpty()) {
            QuarkusTransaction.requiringNew().run(() -> invitations.forEach(r -> apply(r.value())));
        }
    }

    /** By the type header; a record without one (published before it existed) is read to find out. */
    private static boolean mayBeInvitation(ConsumerRecord<String, String> record) {
        String type = EventTypeHeader.of(record);
        return type == null || type.startsWith("HealthTeamInvitation");
    }

    private void apply(String value) {
        JsonNode root;
        try {
            root = value == null ? null : JSON.readTree(value);
        } catch (IOException e) {
            return;
        }
        if (root == null || !root.isObject()) {
            return;
        }
        String type = root.path("type").asText("");
        if (!type.startsWith("HealthTeamInvitation")) {
            return;
        }
        String code = ClientCodes.normalise(root.path("payload").path("clientCode").asText(null));
        if (!ClientCodes.isValid(code)) {
            LOG.warnf("health invitation event without a valid client code skipped (event %s)", root.path("eventId").asText());
            return;
        }
        switch (type) {
            case "HealthTeamInvitationRequested" -> em.createNativeQuery("""
                    insert into health_team_invitation (client_code, requested_at) values (?1, ?2)
                    on conflict (client_code) do nothing""")
                    .setParameter(1, code).setParameter(2, instant(root.path("occurredAt").asText())).executeUpdate();
            case "HealthTeamInvitationCleared" -> em.createNativeQuery("delete from health_team_invitation where client_code = ?1")
                    .setParameter(1, code).executeUpdate();
            default -> {
            }
        }
    }

    private static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return Instant.now();
        }
    }
}
