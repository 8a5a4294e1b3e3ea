package no.sentret.health.campaigns;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.sentret.health.consultations.Vaccine;
import no.sentret.platform.privacy.NoPersonalData;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Requests and views of the campaign API. */
public final class CampaignDtos {

    private CampaignDtos() {
    }

    @Schema(name = "DefineCampaign")
    public record DefineCampaign(
            @Schema(required = true, example = "MPOX") @NotNull Vaccine vaccine,
            @Schema(required = true, example = "SEEN_LAST_12_MONTHS") @NotNull EligibilityRule rule,
            @Schema(nullable = true, maxLength = 80, example = "mpox autumn 2022") @Size(max = 80) @NoPersonalData String title) {
    }

    @Schema(name = "Campaign")
    public record CampaignView(UUID id, Vaccine vaccine, EligibilityRule rule, @Schema(nullable = true) String title,
                               @Schema(description = "the defining clinician's token subject") String createdBy, Instant createdAt) {
        static CampaignView of(Campaign c) {
            return new CampaignView(c.id, c.vaccine, c.rule, c.title, c.createdBy, c.createdAt);
        }
    }

    @Schema(name = "CampaignList")
    public record CampaignList(List<CampaignView> items) {
    }

    @Schema(name = "LogCampaignContact")
    public record LogContact(
            @Schema(required = true, example = "K7M3QX") @NotBlank @Size(max = 12) @NoPersonalData String clientCode,
            @Schema(nullable = true, description = "Defaults to now; not in the future") OffsetDateTime occurredAt,
            @Schema(required = true, example = "AT_CENTRE") @NotNull ContactChannel channel,
            @Schema(required = true, example = "VACCINATED") @NotNull ContactOutcome outcome) {
    }

    @Schema(name = "CampaignContact")
    public record ContactView(UUID id, UUID campaignId, String clientCode, Instant occurredAt, ContactChannel channel,
                              ContactOutcome outcome) {
        static ContactView of(CampaignContact c) {
            return new ContactView(c.id, c.campaignId, c.clientCode, c.occurredAt, c.channel, c.outcome);
        }
    }

    @Schema(name = "EligibleClient")
    public record EligibleClient(String clientCode, @Schema(description = "standing doses of the campaign's vaccine given here") int doses,
                                 @Schema(nullable = true) ContactView lastContact) {
    }

    @Schema(name = "EligibleClients")
    public record EligibleClients(UUID campaignId, Instant asOf, List<EligibleClient> items) {
    }

    @Schema(name = "CampaignProgress")
    public record Progress(UUID campaignId,
                           @Schema(description = "clients on the list: eligible now, or contacted in the campaign") int listed,
                           int contacted, int notContacted,
                           @Schema(description = "clients by the outcome of their latest contact") Map<ContactOutcome, Integer> byOutcome,
                           int contactAttempts) {
    }
}
