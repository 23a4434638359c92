package org.sealdesk.change.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sealdesk.change.ChangeService;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.seal.SealView;
import org.sealdesk.web.Feedback;

/** 变更 on a unit seal's card: on to the wizard of the change of its ukey's seals (begun, or new). */
@Named
@RequestScoped
public class ChangeStarter {

    @Inject
    ChangeService changes;

    public String start(SealView seal) {
        try {
            return "/account/apply.xhtml?faces-redirect=true&order=" + changes.start(seal.esId());
        } catch (RuleViolation refused) {
            Feedback.error(null, refused);
            return null;
        }
    }
}
