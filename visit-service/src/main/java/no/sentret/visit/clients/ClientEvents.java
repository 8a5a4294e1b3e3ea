package no.sentret.visit.clients;

import no.sentret.platform.records.AgeGroup;
import java.time.LocalDate;

/** Payloads of the client events on visit-events (openapi/events/Client*.schema.json). */
final class ClientEvents {

    private ClientEvents() {
    }

    record ClientRegistered(String code, Gender gender, String nationality, AgeGroup ageGroup,
                            RegionOfOrigin regionOfOrigin, String preferredLanguage, LocalDate firstRegisteredOn) {
        static ClientRegistered of(Client c) {
            return new ClientRegistered(c.code, c.gender, c.nationality, c.ageGroup, c.regionOfOrigin,
                    c.preferredLanguage, c.firstRegisteredOn);
        }
    }

    /** The client's full attributes after the change (the same fields as ClientRegistered). */
    record ClientUpdated(String code, Gender gender, String nationality, AgeGroup ageGroup,
                         RegionOfOrigin regionOfOrigin, String preferredLanguage, LocalDate firstRegisteredOn) {
        static ClientUpdated of(Client c) {
            return new ClientUpdated(c.code, c.gender, c.nationality, c.ageGroup, c.regionOfOrigin,
                    c.preferredLanguage, c.firstRegisteredOn);
        }
    }

    record ClientsMerged(String mergedCode, String survivingCode) {
    }
}
