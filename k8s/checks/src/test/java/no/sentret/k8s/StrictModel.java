package no.sentret.k8s;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parses a rendered object into its Java model and reports every field the model does not know.
 * The Kubernetes (fabric8) and Strimzi models keep unknown fields in {@code additionalProperties}
 * instead of failing, so after parsing this walks the object and fails on any non-empty one; wrong
 * types and enum values already fail in the parse.
 */
final class StrictModel {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** apiVersion + kind -> model class. A kind missing here fails the check (add its model). */
    static final Map<String, Class<?>> MODELS = Map.ofEntries(
            Map.entry("v1/Namespace", Namespace.class),
            Map.entry("v1/ConfigMap", ConfigMap.class),
            Map.entry("v1/Secret", Secret.class),
            Map.entry("v1/Service", Service.class),
            Map.entry("apps/v1/Deployment", Deployment.class),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
            Map.entry("networking.k8s.io/v1/Ingress", Ingress.class),
            Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
            Map.entry("kafka.strimzi.io/v1/Kafka", Kafka.class),
            Map.entry("kafka.strimzi.io/v1/KafkaNodePool", KafkaNodePool.class),
            Map.entry("kafka.strimzi.io/v1/KafkaTopic", KafkaTopic.class),
            Map.entry("kafka.strimzi.io/v1/KafkaUser", KafkaUser.class));

    /**
     * Custom resources whose operators publish no Java model on Maven Central: checked against the
     * fields of their CRDs that these manifests may use (OperatorCrs), not the whole schema.
     */
    static final Set<String> WITHOUT_MODEL = Set.of(
            "postgresql.cnpg.io/v1/Cluster",
            "k8s.keycloak.org/v2alpha1/Keycloak",
            "k8s.keycloak.org/v2alpha1/KeycloakRealmImport");

    static String type(JsonNode o) {
        return o.path("apiVersion").asText() + "/" + o.path("kind").asText();
    }

    /** Problems of one object, empty when it parses and every field is known. */
    static List<String> problems(JsonNode object) {
        Class<?> model = MODELS.get(type(object));
        if (model == null) {
            return WITHOUT_MODEL.contains(type(object)) ? OperatorCrs.problems(object)
                    : List.of(Rendered.id(object) + ": no model for " + type(object));
        }
        Object parsed;
        try {
            parsed = MAPPER.treeToValue(object, model);
        } catch (Exception e) {
            return List.of(Rendered.id(object) + ": " + e.getMessage().lines().findFirst().orElse(""));
        }
        List<String> problems = new java.util.ArrayList<>();
        walk(parsed, Rendered.id(object), problems, new IdentityHashMap<>());
        // a value the model could not take (an unknown enum constant becomes null) does not come back
        lost(object, MAPPER.valueToTree(parsed), Rendered.id(object), problems);
        return problems;
    }

    /** Every value written must come back out of the model: an unknown enum constant reads as null. */
    private static void lost(JsonNode written, JsonNode back, String path, List<String> problems) {
        if (written.isObject()) {
            written.fields().forEachRemaining(e -> {
                JsonNode b = back.path(e.getKey());
                if (!e.getValue().isNull() && (b.isMissingNode() || b.isNull())) {
                    problems.add(path + "." + e.getKey() + ": the model does not take " + e.getValue());
                } else {
                    lost(e.getValue(), b, path + "." + e.getKey(), problems);
                }
            });
        } else if (written.isArray()) {
            for (int i = 0; i < written.size(); i++) {
                JsonNode b = back.path(i);
                if (!written.get(i).isNull() && (b.isMissingNode() || b.isNull())) {
                    problems.add(path + "[" + i + "]: the model does not take " + written.get(i));
                } else {
                    lost(written.get(i), b, path + "[" + i + "]", problems);
                }
            }
        }
    }

    private static void walk(Object o, String path, List<String> problems, IdentityHashMap<Object, Boolean> seen) {
        if (o == null || o instanceof String || o instanceof Number || o instanceof Boolean || o instanceof Enum<?>) {
            return;
        }
        if (seen.put(o, Boolean.TRUE) != null) {
            return;
        }
        if (o instanceof Map<?, ?> map) {
            map.forEach((k, v) -> walk(v, path + "." + k, problems, seen));
            return;
        }
        if (o instanceof Collection<?> list) {
            int i = 0;
            for (Object item : list) {
                walk(item, path + "[" + i++ + "]", problems, seen);
            }
            return;
        }
        String pkg = o.getClass().getPackageName();
        if (!pkg.startsWith("io.fabric8.kubernetes.api.model") && !pkg.startsWith("io.strimzi.api")) {
            return;
        }
        for (Method m : o.getClass().getMethods()) {
            if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers()) || m.getDeclaringClass() == Object.class
                    || !m.getName().startsWith("get")) {
                continue;
            }
            Object value;
            try {
                value = m.invoke(o);
            } catch (ReflectiveOperationException | RuntimeException e) {
                continue;
            }
            if (m.getName().equals("getAdditionalProperties")) {
                if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    problems.add(path + ": unknown field(s) " + extra.keySet());
                }
                continue;
            }
            String field = Character.toLowerCase(m.getName().charAt(3)) + m.getName().substring(4);
            walk(value, path + "." + field, problems, seen);
        }
    }

    private StrictModel() {
    }
}
