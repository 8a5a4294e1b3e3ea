package no.sentret.platform.records;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.api.Test;

class AgeGroupTest {

    @Test
    void theDocumentedWireValuesAreTheConstantsInTheirOrder() {
        List<String> documented = List.of(AgeGroup.class.getAnnotation(Schema.class).enumeration());
        List<String> wire = Arrays.stream(AgeGroup.values()).map(AgeGroup::toString).toList();
        assertEquals(wire, documented);
    }
}
