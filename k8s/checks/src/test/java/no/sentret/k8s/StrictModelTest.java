package no.sentret.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The strict check itself: a misspelt field, a wrong type or an unknown enum value fails. */
class StrictModelTest {

    private static List<String> problems(String yaml) throws Exception {
        JsonNode o = Rendered.YAML.readTree(yaml);
        return StrictModel.problems(o);
    }

    @Test
    void aMisspeltFieldDeepInADeploymentFails() throws Exception {
        List<String> p = problems("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: x}
                spec:
                  selector: {matchLabels: {a: b}}
                  template:
                    spec:
                      containers:
                      - name: app
                        image: r.example.org/x:1
                        securityContext: {readOnlyRootFileSystem: true}
                """);
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).contains("readOnlyRootFileSystem"), p.toString());
    }

    @Test
    void aWrongTypeFails() throws Exception {
        assertEquals(1, problems("""
                apiVersion: autoscaling/v2
                kind: HorizontalPodAutoscaler
                metadata: {name: x}
                spec: {minReplicas: two, maxReplicas: 3}
                """).size());
    }

    @Test
    void strimziResourcesAreStrictToo() throws Exception {
        assertTrue(problems("""
                apiVersion: kafka.strimzi.io/v1
                kind: KafkaTopic
                metadata: {name: t}
                spec: {partition: 3, replicas: 3}
                """).toString().contains("partition"));
        assertEquals(1, problems("""
                apiVersion: kafka.strimzi.io/v1
                kind: KafkaUser
                metadata: {name: u}
                spec:
                  authentication: {type: scram-sha-512}
                  authorization:
                    type: simple
                    acls:
                    - resource: {type: topic, name: t}
                      operations: [Scribble]
                """).size());
    }

    @Test
    void operatorResourcesWithoutAModelAreHeldToTheirFields() throws Exception {
        assertTrue(problems("""
                apiVersion: postgresql.cnpg.io/v1
                kind: Cluster
                metadata: {name: c}
                spec: {instance: 2}
                """).toString().contains("spec.instance"));
        assertTrue(problems("""
                apiVersion: v1
                kind: Whatever
                metadata: {name: w}
                """).toString().contains("no model"));
    }
}
