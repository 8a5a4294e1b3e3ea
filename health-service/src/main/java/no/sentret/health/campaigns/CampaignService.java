package no.sentret.health.campaigns;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import no.sentret.health.campaigns.CampaignDtos.CampaignList;
import no.sentret.health.campaigns.CampaignDtos.CampaignView;
import no.sentret.health.campaigns.CampaignDtos.ContactView;
import no.sentret.health.campaigns.CampaignDtos.DefineCampaign;
import no.sentret.health.campaigns.CampaignDtos.EligibleClient;
import no.sentret.health.campaigns.CampaignDtos.EligibleClients;
import no.sentret.health.campaigns.CampaignDtos.LogContact;
import no.sentret.health.campaigns.CampaignDtos.Progress;
import no.sentret.health.consultations.Category;
import no.sentret.health.consultations.Clinicians;
import no.sentret.health.consultations.Consultation;
import no.sentret.health.consultations.ServiceLine;
import no.sentret.health.worklists.CurrentCodes;
import no.sentret.health.worklists.PrepHistory;
import no.sentret.platform.audit.AuditLog;
import no.sentret.platform.directory.ClientDirectory;
import no.sentret.platform.problem.ProblemException;
import no.sentret.platform.records.CentreTime;

/**
 * Vaccination campaigns. The list of a campaign is computed when read: the clients its rule selects
 * who are not yet fully vaccinated (no standing dose with the course's last number), plus everyone
 * already contacted in it (so a client who was vaccinated, or declined, stays on the list with that
 * outcome). Reads of the list are audited.
 */
@ApplicationScoped
public class CampaignService {

    private final EntityManager em;
    private final ClientDirectory directory;
    private final AuditLog audit;
    private final Clinicians clinicians;

    public CampaignService(EntityManager em, ClientDirectory directory, AuditLog audit, Clinicians clinicians) {
        this.em = em;
        this.directory = directory;
        this.audit = audit;
        this.clinicians = clinicians;
    }

    @Transactional
    public CampaignView define(DefineCampaign request) {
        Campaign c = new Campaign();
        c.id = UUID.randomUUID();
        c.vaccine = request.vaccine();
        c.rule = request.rule();
        c.title = request.title() == null || request.title().isBlank() ? null : request.title().strip();
        c.createdBy = clinicians.current();
        c.createdAt = CentreTime.now();
        c.persist();
        return CampaignView.of(c);
    }

    @Transactional
    public CampaignList list() {
        return new CampaignList(Campaign.<Campaign>list("order by createdAt desc, id").stream().map(CampaignView::of).toList());
    }

    @Transactional
    public ContactView logContact(UUID campaignId, LogContact request) {
        Campaign campaign = campaign(campaignId);
        CampaignContact c = new CampaignContact();
        c.id = UUID.randomUUID();
        c.campaignId = campaign.id;
        c.clientCode = directory.resolveReferenced(request.clientCode(), "clientCode");
        c.occurredAt = CentreTime.pastOrNow(request.occurredAt() == null ? null : request.occurredAt().toInstant(), "occurredAt");
        c.channel = request.channel();
        c.outcome = request.outcome();
        c.recordedBy = clinicians.current();
        c.recordedAt = CentreTime.now();
        c.persist();
        return ContactView.of(c);
    }

    @Transactional
    public EligibleClients eligible(UUID campaignId) {
        Campaign campaign = campaign(campaignId);
        List<EligibleClient> items = compute(campaign);
        audit.read("campaign-list", campaignId.toString());
        return new EligibleClients(campaignId, CentreTime.now(), items);
    }

    @Transactional
    public Progress progress(UUID campaignId) {
        Campaign campaign = campaign(campaignId);
        List<EligibleClient> items = compute(campaign);
        Map<ContactOutcome, Integer> byOutcome = new EnumMap<>(ContactOutcome.class);
        for (ContactOutcome o : ContactOutcome.values()) {
            byOutcome.put(o, 0);
        }
        int contacted = 0;
        for (EligibleClient e : items) {
            if (e.lastContact() != null) {
                contacted++;
                byOutcome.merge(e.lastContact().outcome(), 1, Integer::sum);
            }
        }
        long attempts = CampaignContact.count("campaignId", campaignId);
        audit.read("campaign-progress", campaignId.toString());
        return new Progress(campaignId, items.size(), contacted, items.size() - contacted, byOutcome, (int) attempts);
    }

    private static Campaign campaign(UUID id) {
        Campaign c = Campaign.findById(id);
        if (c == null) {
            throw ProblemException.notFound("id", "no campaign has this id");
        }
        return c;
    }

    private List<EligibleClient> compute(Campaign campaign) {
        CurrentCodes codes = new CurrentCodes(directory);
        Instant yearAgo = CentreTime.startOf(CentreTime.today().minusMonths(12));

        Map<String, Integer> doses = new HashMap<>();
        // how far along the course: the highest standing dose number (a "dose 2" says the first was given, here or
        // elsewhere; a dose 1 recorded twice is still the first)
        Map<String, Integer> course = new HashMap<>();
        ServiceLine.<ServiceLine>list("category = ?1 and vaccine = ?2 and voidedAt is null and consultation.voidedAt is null",
                Category.VACCINATION, campaign.vaccine).forEach(l -> {
                    String code = codes.of(l.clientCode);
                    doses.merge(code, 1, Integer::sum);
                    course.merge(code, l.dose == null ? 0 : (int) l.dose, Math::max);
                });

        Set<String> selected = new TreeSet<>();
        switch (campaign.rule) {
            case SEEN_LAST_12_MONTHS -> {
                selected.addAll(consultedSince(yearAgo, codes));
                // a visit under a code merged since is its survivor's: a merge moves no "last seen" (visit-service sends none),
                // so the duplicate's row keeps it and is resolved like every recorded code (CampaignsTest)
                @SuppressWarnings("unchecked")
                List<Object[]> seen = em.createNativeQuery("select code, merged_into from client_directory where last_seen_at >= ?1")
                        .setParameter(1, yearAgo).getResultList();
                seen.forEach(row -> selected.add(row[1] == null ? (String) row[0] : codes.of((String) row[0])));
            }
            case HEALTH_CONSULTATION_LAST_12_MONTHS -> selected.addAll(consultedSince(yearAgo, codes));
            case ON_PREP -> selected.addAll(PrepHistory.onPrep(codes).keySet());
            default -> throw new IllegalStateException("unhandled rule " + campaign.rule);
        }
        selected.removeIf(code -> course.getOrDefault(code, 0) >= campaign.vaccine.fullCourse());

        Map<String, CampaignContact> lastContact = new HashMap<>();
        CampaignContact.<CampaignContact>list("campaignId = ?1 order by occurredAt, recordedAt", campaign.id)
                .forEach(c -> lastContact.put(codes.of(c.clientCode), c));
        selected.addAll(lastContact.keySet());

        return selected.stream().map(code -> new EligibleClient(code, doses.getOrDefault(code, 0),
                lastContact.containsKey(code) ? ContactView.of(lastContact.get(code)) : null)).toList();
    }

    private static Set<String> consultedSince(Instant since, CurrentCodes codes) {
        Set<String> out = new TreeSet<>();
        Consultation.<Consultation>list("occurredAt >= ?1 and voidedAt is null", since).forEach(c -> out.add(codes.of(c.clientCode)));
        return out;
    }
}
