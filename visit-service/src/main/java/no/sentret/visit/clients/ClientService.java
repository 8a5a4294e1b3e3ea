package no.sentret.visit.clients;

import no.sentret.platform.records.ClientCodes;
import no.sentret.platform.records.AgeGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.sentret.platform.problem.ProblemException;
import no.sentret.visit.clients.ClientEvents.ClientRegistered;
import no.sentret.visit.clients.ClientEvents.ClientUpdated;
import no.sentret.visit.clients.ClientEvents.ClientsMerged;
import no.sentret.platform.records.CentreTime;
import no.sentret.platform.records.DomainEvents;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Registers, changes and merges clients; each change and its event commit together. */
@ApplicationScoped
public class ClientService {

    /** With 31^6 codes a collision is rare; a bounded retry keeps a full code space from looping forever. */
    private static final int MAX_ISSUE_ATTEMPTS = 50;

    private final EntityManager em;
    private final DomainEvents events;
    private final ClientLookup lookup;
    private final int issuedCodeLength;

    public ClientService(EntityManager em, DomainEvents events, ClientLookup lookup,
                         @ConfigProperty(name = "sentret.visit.issued-code-length", defaultValue = "6") int issuedCodeLength) {
        this.em = em;
        this.events = events;
        this.lookup = lookup;
        this.issuedCodeLength = issuedCodeLength;
    }

    @Transactional
    public Client register(RegisterClientRequest request, boolean admin) {
        LocalDate registeredOn = registrationDate(request.firstRegisteredOn(), admin);
        Client client = new Client();
        client.gender = request.gender();
        client.nationality = IsoCodes.country(request.nationality(), "nationality");
        client.ageGroup = request.ageGroup();
        client.regionOfOrigin = request.regionOfOrigin();
        client.preferredLanguage = IsoCodes.language(request.preferredLanguage(), "preferredLanguage");
        client.firstRegisteredOn = registeredOn;
        if (request.code() != null) {
            client.code = ClientCodes.normalise(request.code());
            if (!ClientCodes.isValid(client.code)) {
                throw ProblemException.invalid("code", "must be 4-12 characters from " + ClientCodes.ALPHABET);
            }
            // a chosen code is the one place a client might give their own name ("HANSEN")
            java.util.Optional<String> personal = no.sentret.platform.privacy.PersonalDataDetector.findInChosenCode(client.code);
            if (personal.isPresent()) {
                throw ProblemException.invalid("code", personal.get());
            }
            if (!insertIfFree(client)) {
                throw ProblemException.conflict("code", "is already taken");
            }
        } else {
            issueFreeCode(client);
        }
        Client stored = Client.findById(client.code);
        Instant occurredAt = registeredOn.equals(CentreTime.today()) ? CentreTime.now() : CentreTime.startOf(registeredOn);
        events.append(ClientRegistered.of(stored), stored.code, occurredAt);
        return stored;
    }

    @Transactional
    public Client update(String code, ClientPatch patch, boolean admin) {
        Client client = lookup.resolveForUpdate(code);
        ClientUpdated before = ClientUpdated.of(client);
        if (patch.has("gender")) {
            if (patch.getGender() == null) {
                throw ProblemException.invalid("gender", "must not be null (use NOT_STATED)");
            }
            client.gender = patch.getGender();
        }
        if (patch.has("nationality")) {
            client.nationality = IsoCodes.country(patch.getNationality(), "nationality");
        }
        if (patch.has("ageGroup")) {
            client.ageGroup = patch.getAgeGroup();
        }
        if (patch.has("regionOfOrigin")) {
            client.regionOfOrigin = patch.getRegionOfOrigin();
        }
        if (patch.has("preferredLanguage")) {
            client.preferredLanguage = IsoCodes.language(patch.getPreferredLanguage(), "preferredLanguage");
        }
        if (patch.has("firstRegisteredOn")) {
            if (patch.getFirstRegisteredOn() == null) {
                throw ProblemException.invalid("firstRegisteredOn", "must not be null");
            }
            client.firstRegisteredOn = registrationDate(patch.getFirstRegisteredOn(), admin);
        }
        ClientUpdated after = ClientUpdated.of(client);
        // a patch that changes nothing is not a change: no event
        if (!after.equals(before)) {
            events.append(after, client.code, CentreTime.now());
        }
        return client;
    }

    /** Folds the duplicate {@code mergedCode} into {@code survivingCode}; the old code resolves to the survivor from now on. */
    @Transactional
    public Client merge(String mergedCode, String survivingCode) {
        Client duplicate = lookup.own(mergedCode);
        if (duplicate.isRetired()) {
            throw ProblemException.conflict("code", "was already merged into " + duplicate.mergedInto);
        }
        Client survivor = lookup.resolveReferenced(survivingCode, "survivingCode");
        if (survivor.code.equals(duplicate.code)) {
            throw ProblemException.invalid("survivingCode", "must be another client than the one merged");
        }
        // lock both in code order so two merges touching the same pair cannot deadlock
        List<Client> pair = duplicate.code.compareTo(survivor.code) < 0 ? List.of(duplicate, survivor) : List.of(survivor, duplicate);
        // lock and re-read both: what we checked above may have changed before we held the locks
        pair.forEach(c -> em.refresh(c, LockModeType.PESSIMISTIC_WRITE));
        if (duplicate.isRetired()) {
            throw ProblemException.conflict("code", "was already merged into " + duplicate.mergedInto);
        }
        if (survivor.isRetired()) {
            // merging into it now would make the chain duplicate -> survivor -> its new survivor
            throw ProblemException.conflict("survivingCode", "was merged into " + survivor.mergedInto + " meanwhile: merge into that code");
        }
        duplicate.mergedInto = survivor.code;
        // codes merged into the duplicate earlier now point straight at the survivor (no chains)
        em.createQuery("update Client c set c.mergedInto = ?1 where c.mergedInto = ?2")
                .setParameter(1, survivor.code).setParameter(2, duplicate.code).executeUpdate();
        Instant now = CentreTime.now();
        events.append(new ClientsMerged(duplicate.code, survivor.code), survivor.code, now);
        // "first seen" keeps the earlier registration of the two (an imported record's original date)
        if (duplicate.firstRegisteredOn.isBefore(survivor.firstRegisteredOn)) {
            survivor.firstRegisteredOn = duplicate.firstRegisteredOn;
            events.append(ClientUpdated.of(survivor), survivor.code, now);
        }
        return survivor;
    }

    private LocalDate registrationDate(LocalDate requested, boolean admin) {
        LocalDate today = CentreTime.today();
        if (requested == null) {
            return today;
        }
        if (requested.isAfter(today)) {
            throw ProblemException.invalid("firstRegisteredOn", "must not be in the future");
        }
        if (requested.isBefore(today) && !admin) {
            throw ProblemException.forbidden("firstRegisteredOn", "an earlier date than today needs the admin role");
        }
        return requested;
    }

    private void issueFreeCode(Client client) {
        for (int attempt = 0; attempt < MAX_ISSUE_ATTEMPTS; attempt++) {
            client.code = ClientCodes.issue(issuedCodeLength);
            if (insertIfFree(client)) {
                return;
            }
        }
        throw new IllegalStateException("no free client code after " + MAX_ISSUE_ATTEMPTS + " attempts; raise sentret.visit.issued-code-length");
    }

    /**
     * The primary key decides who gets a code: {@code on conflict do nothing} lets a concurrent
     * registration that took it first win without aborting our transaction, and we draw again.
     */
    private boolean insertIfFree(Client c) {
        return em.createNativeQuery("""
                insert into client (code, gender, nationality, age_group, region_of_origin, preferred_language, first_registered_on)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7) on conflict (code) do nothing""")
                .setParameter(1, c.code)
                .setParameter(2, c.gender.name())
                .setParameter(3, c.nationality)
                .setParameter(4, c.ageGroup == null ? null : c.ageGroup.name())
                .setParameter(5, c.regionOfOrigin == null ? null : c.regionOfOrigin.name())
                .setParameter(6, c.preferredLanguage)
                .setParameter(7, c.firstRegisteredOn)
                .executeUpdate() == 1;
    }
}
