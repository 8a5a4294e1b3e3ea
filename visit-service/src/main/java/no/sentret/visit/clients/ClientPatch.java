package no.sentret.visit.clients;

import no.sentret.platform.records.AgeGroup;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import no.sentret.platform.privacy.NoPersonalData;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A merge patch (RFC 7396) of a client's attributes: a property left out stays as it is, a property
 * sent as null is cleared. The setters remember which properties were sent.
 */
@Schema(name = "ClientPatch", description = "Only the properties sent are changed; null clears an optional attribute.")
public class ClientPatch {

    private final Set<String> present = new HashSet<>();

    @Schema(example = "NOT_STATED")
    private Gender gender;
    @Schema(example = "RO", nullable = true)
    @Size(max = 2) @NoPersonalData
    private String nationality;
    @Schema(nullable = true, example = "31-35")
    private AgeGroup ageGroup;
    @Schema(nullable = true, example = "EASTERN_EUROPE")
    private RegionOfOrigin regionOfOrigin;
    @Schema(nullable = true, example = "ro")
    @Size(max = 2) @NoPersonalData
    private String preferredLanguage;
    @Schema(description = "admin only when earlier than today", example = "2021-03-15")
    private LocalDate firstRegisteredOn;

    public boolean has(String property) {
        return present.contains(property);
    }

    public Gender getGender() {
        return gender;
    }

    public void setGender(Gender gender) {
        present.add("gender");
        this.gender = gender;
    }

    public String getNationality() {
        return nationality;
    }

    public void setNationality(String nationality) {
        present.add("nationality");
        this.nationality = nationality;
    }

    public AgeGroup getAgeGroup() {
        return ageGroup;
    }

    public void setAgeGroup(AgeGroup ageGroup) {
        present.add("ageGroup");
        this.ageGroup = ageGroup;
    }

    public RegionOfOrigin getRegionOfOrigin() {
        return regionOfOrigin;
    }

    public void setRegionOfOrigin(RegionOfOrigin regionOfOrigin) {
        present.add("regionOfOrigin");
        this.regionOfOrigin = regionOfOrigin;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public void setPreferredLanguage(String preferredLanguage) {
        present.add("preferredLanguage");
        this.preferredLanguage = preferredLanguage;
    }

    public LocalDate getFirstRegisteredOn() {
        return firstRegisteredOn;
    }

    public void setFirstRegisteredOn(LocalDate firstRegisteredOn) {
        present.add("firstRegisteredOn");
        this.firstRegisteredOn = firstRegisteredOn;
    }
}
