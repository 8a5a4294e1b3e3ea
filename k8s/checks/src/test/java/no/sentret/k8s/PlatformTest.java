package no.sentret.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The network, the topics and accounts, and the realm: checked against what the apps' own
 * configuration says (each service's outbox topic, stats' topics, who reads the client directory)
 * and the development realm, so a new topic or role cannot be forgotten here.
 */
class PlatformTest {

    private static final List<String> SERVICES = List.of("visit-service", "health-service", "legal-aid-service", "outreach-service", "stats-service");

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void onlyTheIngressReachesTheGatewayAndOnlyTheGateway(String overlay) {
        Rendered r = Rendered.overlay(overlay);
        assertTrue(r.ofKind("NetworkPolicy").stream().anyMatch(p -> p.at("/spec/podSelector").isEmpty()
                && p.at("/spec/policyTypes").toString().contains("Ingress") && p.at("/spec/ingress").isMissingNode()), "default-deny-ingress");
        for (JsonNode p : r.ofKind("NetworkPolicy")) {
            for (JsonNode rule : p.at("/spec/ingress")) {
                boolean fromIngress = rule.path("from").toString().contains("ingress-nginx");
                String selected = p.at("/spec/podSelector/matchLabels").toString();
                if (fromIngress) {
                    assertTrue(selected.contains("\"gateway\"") || selected.contains("keycloak-operator"),
                            Rendered.id(p) + " lets the ingress reach " + selected);
                }
                if (selected.contains("\"service\"")) {
                    assertFalse(rule.path("from").toString().contains("ingress-nginx"), Rendered.id(p));
                }
            }
        }
        // the apps send nothing unless allowed
        assertTrue(r.ofKind("NetworkPolicy").stream().anyMatch(p -> p.at("/spec/policyTypes").toString().contains("Egress")
                && p.at("/spec/podSelector").toString().contains("sentret.no/tier") && p.at("/spec/egress").isMissingNode()));
    }

    /** Each database cluster accepts its own service only; each service is let out to its own cluster only. */
    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void eachServiceReachesOnlyItsOwnDatabase(String overlay) {
        Rendered r = Rendered.overlay(overlay);
        Map<String, String> owner = new TreeMap<>(); // cluster -> service, from the Secret the service reads
        for (JsonNode d : r.ofKind("Deployment")) {
            for (JsonNode e : d.at("/spec/template/spec/containers/0/env")) {
                String secret = e.at("/valueFrom/secretKeyRef/name").asText();
                if (e.path("name").asText().equals("QUARKUS_DATASOURCE_PASSWORD")) {
                    owner.put(secret.replaceFirst("-app$", ""), Rendered.name(d));
                }
            }
        }
        assertEquals(Set.copyOf(SERVICES), Set.copyOf(owner.values()));
        List<String> problems = new ArrayList<>();
        for (JsonNode p : r.ofKind("NetworkPolicy")) {
            String cluster = p.at("/spec/podSelector/matchLabels/cnpg.io~1cluster").asText("");
            if (!cluster.isEmpty()) {
                for (JsonNode rule : p.at("/spec/ingress")) {
                    for (JsonNode from : rule.path("from")) {
                        String app = from.at("/podSelector/matchLabels/app.kubernetes.io~1name").asText("");
                        String peerCluster = from.at("/podSelector/matchLabels/cnpg.io~1cluster").asText("");
                        String ns = from.at("/namespaceSelector/matchLabels/kubernetes.io~1metadata.name").asText("");
                        String managedBy = from.at("/podSelector/matchLabels/app.kubernetes.io~1managed-by").asText("");
                        boolean ok = (!app.isEmpty() && app.equals(owner.get(cluster)))
                                || peerCluster.equals(cluster) || ns.equals("cnpg-system")
                                || (cluster.equals("keycloak-db") && managedBy.equals("keycloak-operator"));
                        PoliciesTest.check(problems, ok, Rendered.id(p) + " lets " + from + " reach " + cluster);
                    }
                    PoliciesTest.check(problems, rule.has("from"), Rendered.id(p) + " lets anyone reach " + cluster);
                }
            }
            String app = p.at("/spec/podSelector/matchLabels/app.kubernetes.io~1name").asText("");
            for (JsonNode rule : p.at("/spec/egress")) {
                for (JsonNode to : rule.path("to")) {
                    String target = to.at("/podSelector/matchLabels/cnpg.io~1cluster").asText("");
                    PoliciesTest.check(problems, target.isEmpty() || app.equals(owner.get(target)),
                            Rendered.id(p) + " lets " + (app.isEmpty() ? p.at("/spec/podSelector") : app) + " out to " + target);
                }
                PoliciesTest.check(problems, !rule.path("ports").toString().contains("5432") || rule.has("to"),
                        Rendered.id(p) + " lets pods out to any PostgreSQL");
            }
        }
        for (String cluster : owner.keySet()) {
            PoliciesTest.check(problems, r.ofKind("NetworkPolicy").stream()
                    .anyMatch(p -> cluster.equals(p.at("/spec/podSelector/matchLabels/cnpg.io~1cluster").asText())), cluster + " has an ingress policy");
        }
        assertEquals(List.of(), problems, overlay);
    }

    /** Every topic a service uses is declared; service topics are kept forever and never compacted. */
    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyTopicIsDeclaredAndKeptForRebuilds(String overlay) throws IOException {
        Rendered r = Rendered.overlay(overlay);
        Map<String, JsonNode> topics = new TreeMap<>();
        r.ofKind("KafkaTopic").forEach(t -> topics.put(t.at("/spec/topicName").asText(Rendered.name(t)), t));
        Set<String> used = new TreeSet<>(outboxTopics().values());
        used.addAll(List.of(stats().getProperty("sentret.stats.topics").split(",")));
        used.add(stats().getProperty("sentret.stats.dead-letter-topic"));
        // the gateway replicas' shared logouts (issue 17)
        used.add(appProperties("gateway").getProperty("sentret.gateway.revoked-sessions.topic"));
        assertEquals(used, topics.keySet(), "declared topics = topics the apps use");
        int replicas = overlay.equals("prod") ? 3 : 1;
        for (String eventTopic : stats().getProperty("sentret.stats.topics").split(",")) {
            JsonNode t = topics.get(eventTopic);
            assertEquals("-1", t.at("/spec/config/retention.ms").asText(), eventTopic + ": kept forever (rebuilds replay from 0)");
            assertEquals("-1", t.at("/spec/config/retention.bytes").asText(), eventTopic);
            assertEquals("delete", t.at("/spec/config/cleanup.policy").asText(), eventTopic + ": never compacted");
        }
        topics.values().forEach(t -> {
            assertEquals(replicas, t.at("/spec/replicas").asInt(), Rendered.id(t));
            assertTrue(t.at("/spec/config/min.insync.replicas").asInt() <= replicas, Rendered.id(t));
        });
    }

    /** Each service writes only its own topic; stats reads the service topics and writes its dead letters. */
    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void eachKafkaUserMayDoWhatItsServiceDoesAndNoMore(String overlay) throws IOException {
        Rendered r = Rendered.overlay(overlay);
        Map<String, String> outbox = outboxTopics();
        Set<String> directoryReaders = directoryReaders();
        for (String service : SERVICES) {
            JsonNode user = r.find("KafkaUser", service).orElseThrow(() -> new AssertionError("no KafkaUser " + service));
            assertEquals("scram-sha-512", user.at("/spec/authentication/type").asText(), service);
            Set<String> writes = new TreeSet<>();
            Set<String> reads = new TreeSet<>();
            Set<String> groups = new TreeSet<>();
            for (JsonNode acl : user.at("/spec/authorization/acls")) {
                String type = acl.at("/resource/type").asText();
                String name = acl.at("/resource/name").asText();
                assertFalse(acl.at("/resource/patternType").asText().equals("prefix") || name.equals("*"), service + ": wildcard ACL");
                String ops = acl.path("operations").toString();
                assertFalse(ops.contains("All") || ops.contains("Alter") || ops.contains("Delete") || ops.contains("Create"), service + ": " + ops);
                if (type.equals("topic") && ops.contains("Write")) {
                    writes.add(name);
                }
                if (type.equals("topic") && ops.contains("Read")) {
                    reads.add(name);
                }
                if (type.equals("group")) {
                    groups.add(name);
                }
            }
            if (service.equals("stats-service")) {
                assertEquals(Set.of(stats().getProperty("sentret.stats.dead-letter-topic")), writes);
                assertEquals(Set.of(stats().getProperty("sentret.stats.topics").split(",")), reads);
                assertEquals(Set.of(stats().getProperty("sentret.stats.consumer-group")), groups);
            } else {
                assertEquals(Set.of(outbox.get(service)), writes, service + " writes its own topic only");
                boolean reader = directoryReaders.contains(service);
                Set<String> expectedReads = new TreeSet<>(reader ? Set.of("visit-events") : Set.of());
                Set<String> expectedGroups = new TreeSet<>(reader ? Set.of(service + "-client-directory") : Set.of());
                if (service.equals("visit-service")) {
                    // the health team's invitation flag (visit-service invitations.HealthInvitationFeed)
                    expectedReads.add("health-events");
                    expectedGroups.add("visit-service-health-invitations");
                }
                assertEquals(expectedReads, reads, service + " reads");
                assertEquals(expectedGroups, groups, service + " groups");
            }
        }
    }

    /** The production realm: every role of the development realm, no people, no password grant. */
    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theRealmImportHasNoDemoUsersAndNoPasswordGrant(String overlay) throws IOException {
        JsonNode realm = Rendered.overlay(overlay).ofKind("KeycloakRealmImport").get(0).at("/spec/realm");
        JsonNode devRealm = Rendered.YAML.readTree(Rendered.ROOT.resolve(
                "platform/local-infra/src/main/resources/keycloak/sentret-realm.json").toFile());
        Set<String> roles = new TreeSet<>();
        realm.at("/roles/realm").forEach(x -> roles.add(x.path("name").asText()));
        Set<String> devRoles = new TreeSet<>();
        devRealm.at("/roles/realm").forEach(x -> devRoles.add(x.path("name").asText()));
        assertEquals(devRoles, roles, "the production realm's roles follow the development realm's");
        assertEquals(devRealm.path("realm").asText(), realm.path("realm").asText());
        for (JsonNode u : realm.path("users")) {
            assertTrue(u.has("serviceAccountClientId") && !u.has("credentials"), "a person in the realm: " + u.path("username"));
        }
        Set<String> clients = new TreeSet<>();
        for (JsonNode c : realm.path("clients")) {
            clients.add(c.path("clientId").asText());
            assertFalse(c.path("directAccessGrantsEnabled").asBoolean(false), c.path("clientId") + ": password grant");
            assertFalse(c.path("implicitFlowEnabled").asBoolean(false), c.path("clientId") + ": implicit flow");
            if (!c.path("publicClient").asBoolean(false)) {
                assertTrue(c.path("secret").asText().matches("\\$\\{[A-Z_]+}"), c.path("clientId") + ": secret from a placeholder");
            }
            c.path("redirectUris").forEach(u -> assertTrue(u.asText().startsWith("https://"), c.path("clientId") + " redirects to " + u));
        }
        assertFalse(clients.contains("sentret-e2e"));
        assertEquals("all", realm.path("sslRequired").asText());
    }

    /**
     * Issue 17: a logout reaches one gateway replica and every replica must refuse the session. The gateway may
     * read and write its logout topic and nothing else, needs no consumer group (each replica reads every
     * partition), and may reach the brokers; the topic is compacted and short-lived.
     */
    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theGatewayReplicasShareTheirLogouts(String overlay) throws IOException {
        Rendered r = Rendered.overlay(overlay);
        String topic = appProperties("gateway").getProperty("sentret.gateway.revoked-sessions.topic");
        JsonNode user = r.find("KafkaUser", "gateway").orElseThrow(() -> new AssertionError("no KafkaUser gateway"));
        Set<String> grants = new TreeSet<>();
        user.at("/spec/authorization/acls").forEach(acl -> acl.path("operations").forEach(op ->
                grants.add(acl.at("/resource/type").asText() + ":" + acl.at("/resource/name").asText() + ":" + op.asText())));
        assertEquals(Set.of("topic:" + topic + ":Read", "topic:" + topic + ":Write", "topic:" + topic + ":Describe"), grants);
        JsonNode declared = r.find("KafkaTopic", topic).orElseThrow(() -> new AssertionError("no KafkaTopic " + topic));
        assertEquals("compact,delete", declared.at("/spec/config/cleanup.policy").asText());
        JsonNode gateway = r.find("Deployment", "gateway").orElseThrow();
        assertEquals("true", gateway.at("/spec/template/metadata/labels/sentret.no~1kafka-client").asText(), "may reach the brokers");
        assertTrue(gateway.at("/spec/template/spec/containers/0/envFrom").toString().contains("sentret-kafka"), "the Kafka client settings");
    }

    /**
     * Issue 17: the apps accept only access tokens whose aud names the API; the realm's default client scope
     * sentret-api-audience puts it there for every client, later ones included. The production realm carries the
     * same client scopes and defaults as the development realm (a realm declaring any client scope gets none of
     * Keycloak's built-in ones, so a scope missing here would take its claims out of production's tokens).
     */
    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theRealmImportNamesTheApiInEveryClientsTokens(String overlay) throws IOException {
        JsonNode realm = Rendered.overlay(overlay).ofKind("KeycloakRealmImport").get(0).at("/spec/realm");
        JsonNode devRealm = Rendered.YAML.readTree(Rendered.ROOT.resolve(
                "platform/local-infra/src/main/resources/keycloak/sentret-realm.json").toFile());
        assertEquals(devRealm.path("clientScopes"), realm.path("clientScopes"), "the client scopes follow the development realm's");
        assertEquals(devRealm.path("defaultDefaultClientScopes"), realm.path("defaultDefaultClientScopes"));
        assertTrue(realm.path("defaultDefaultClientScopes").toString().contains("\"sentret-api-audience\""), "a default scope");
        boolean namesTheApi = false;
        for (JsonNode scope : realm.path("clientScopes")) {
            for (JsonNode mapper : scope.path("protocolMappers")) {
                namesTheApi |= "oidc-audience-mapper".equals(mapper.path("protocolMapper").asText())
                        && "sentret-api".equals(mapper.at("/config/included.custom.audience").asText())
                        && "true".equals(mapper.at("/config/access.token.claim").asText());
            }
        }
        assertTrue(namesTheApi, "an audience mapper naming sentret-api in access tokens");
        for (JsonNode c : realm.path("clients")) {
            // a client listing its own default scopes would not get the realm's
            assertTrue(c.path("defaultClientScopes").isMissingNode(), c.path("clientId") + " lists its own default scopes");
        }
    }

    private static Map<String, String> outboxTopics() throws IOException {
        Map<String, String> topics = new TreeMap<>();
        for (String service : SERVICES) {
            String topic = appProperties(service).getProperty("sentret.outbox.topic");
            if (topic != null) {
                topics.put(service, topic);
            }
        }
        return topics;
    }

    /** The services whose pom takes the kit's client directory, which reads visit-events. */
    private static Set<String> directoryReaders() throws IOException {
        Set<String> readers = new TreeSet<>();
        for (String service : SERVICES) {
            if (Files.readString(Rendered.ROOT.resolve(service).resolve("pom.xml")).contains("<artifactId>sentret-client-directory</artifactId>")) {
                readers.add(service);
            }
        }
        return readers;
    }

    private static Properties stats() throws IOException {
        return appProperties("stats-service");
    }

    private static Properties appProperties(String service) throws IOException {
        Properties p = new Properties();
        Path file = Rendered.ROOT.resolve(service).resolve("src/main/resources/application.properties");
        try (Reader in = Files.newBufferedReader(file)) {
            p.load(in);
        }
        return p;
    }
}
