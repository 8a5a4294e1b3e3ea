package no.sentret.health.worklists;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.sentret.health.consultations.Category;
import no.sentret.health.consultations.PrepStage;
import no.sentret.health.consultations.ServiceLine;

/** Each client's standing PrEP starts, follow-ups and stops, in time order; on PrEP = the latest is not a STOP. */
public final class PrepHistory {

    private PrepHistory() {
    }

    /** The clients on PrEP now (current codes), each with their START / FOLLOW_UP / STOP lines in time order. */
    public static Map<String, List<ServiceLine>> onPrep(CurrentCodes codes) {
        Map<String, List<ServiceLine>> byClient = new LinkedHashMap<>();
        ServiceLine.<ServiceLine>list("category = ?1 and prepStage in ?2 and voidedAt is null and consultation.voidedAt is null "
                        + "order by occurredAt, position", Category.PREP, List.of(PrepStage.START, PrepStage.FOLLOW_UP, PrepStage.STOP))
                .forEach(l -> byClient.computeIfAbsent(codes.of(l.clientCode), k -> new ArrayList<>()).add(l));
        byClient.values().removeIf(lines -> lines.get(lines.size() - 1).prepStage == PrepStage.STOP);
        return byClient;
    }
}
