package org.sealdesk.partner.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.partner.EntryLink;
import org.sealdesk.partner.PartnerAdministration;
import org.sealdesk.partner.PartnerAdministration.Credentials;
import org.sealdesk.partner.PartnerAdministration.PartnerView;
import org.sealdesk.web.Feedback;
import org.sealdesk.web.Site;

/**
 * 合作平台: partner systems, their entry links and what each may send; registering one or
 * replacing its secret shows the secret once.
 */
@Named
@ViewScoped
public class PartnersPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "partnerForm";

    @Inject
    transient PartnerAdministration administration;

    private List<PartnerView> partners;
    private Long editedId;
    private String name;
    private List<String> types;
    private List<String> sealSorts;
    private Credentials credentials;

    /** viewAction: administrators only, refused by the service for anyone else. */
    public void load() {
        partners = administration.partners();
    }

    /** 编辑: the partner goes into the form. */
    public void edit(PartnerView partner) {
        editedId = partner.id();
        name = partner.name();
        types = codes(partner.types());
        sealSorts = codes(partner.sealSorts());
        credentials = null;
    }

    public void cancelEdit() {
        editedId = null;
        name = null;
        types = null;
        sealSorts = null;
    }

    /** Registers a new partner, or saves the one being edited. */
    public void save() {
        try {
            if (editedId == null) {
                credentials = administration.register(name, set(types), set(sealSorts));
                Feedback.info(null, "staff.partners.registered", credentials.partner().name());
            } else {
                PartnerView saved = administration.describe(editedId, name, set(types), set(sealSorts));
                Feedback.info(null, "staff.partners.saved", saved.name());
            }
            cancelEdit();
            load();
        } catch (RuleViolation refused) {
            Feedback.error(fieldOf(refused), refused);
        }
    }

    public void toggleEnabled(PartnerView partner) {
        act(() -> administration.setEnabled(partner.id(), !partner.enabled()),
                partner.enabled() ? "staff.partners.disabled" : "staff.partners.enabled");
    }

    public void replaceSecret(PartnerView partner) {
        act(() -> {
            credentials = administration.replaceSecret(partner.id());
            return credentials.partner();
        }, "staff.partners.secretReplaced");
    }

    private void act(Supplier<PartnerView> action, String doneKey) {
        try {
            Feedback.info(null, doneKey, action.get().name());
            load();
        } catch (RuleViolation refused) {
            Feedback.error(null, refused);
        }
    }

    /** The link the partner puts on its site, for one type it may send. */
    public String entryLink(PartnerView partner, int type) {
        return Site.baseUrl() + "/third/seal/apply?type=" + type + "&appKey=" + partner.appKey() + "&sealSort="
                + EntryLink.NEW_APPLICATION;
    }

    public List<Integer> sorted(Set<Integer> codes) {
        return codes.stream().sorted().toList();
    }

    /** 企业（公章及法人章）、个人 · 新办 */
    public String allowedLabels(PartnerView partner) {
        return labels("partner.type.", partner.types()) + " · " + labels("partner.sealSort.", partner.sealSorts());
    }

    private String labels(String keyPrefix, Set<Integer> codes) {
        return sorted(codes).stream().map(code -> Feedback.text(keyPrefix + code)).collect(Feedback.listing());
    }

    private static String fieldOf(RuleViolation refused) {
        String key = refused.messageKey();
        return key.startsWith("partner.name") ? FORM + ":name"
                : key.startsWith("partner.types") ? FORM + ":types"
                : key.startsWith("partner.sealSorts") ? FORM + ":sealSorts" : null;
    }

    private static List<String> codes(Set<Integer> codes) {
        return codes.stream().sorted().map(String::valueOf).collect(Collectors.toList());
    }

    private static Set<Integer> set(List<String> codes) {
        return codes == null ? Set.of() : codes.stream().map(Integer::valueOf).collect(Collectors.toSet());
    }

    public List<PartnerView> getPartners() {
        return partners;
    }

    /** As strings, like the checkbox values (no converter needed). */
    public List<String> getAllTypes() {
        return codes(Set.of(EntryLink.ENTERPRISE, EntryLink.PERSONAL));
    }

    public List<String> getAllSealSorts() {
        return codes(EntryLink.SEAL_SORTS);
    }

    public boolean isEditing() {
        return editedId != null;
    }

    public Credentials getCredentials() {
        return credentials;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<String> getTypes() {
        return types;
    }

    public void setTypes(List<String> types) {
        this.types = types;
    }

    public List<String> getSealSorts() {
        return sealSorts;
    }

    public void setSealSorts(List<String> sealSorts) {
        this.sealSorts = sealSorts;
    }
}
