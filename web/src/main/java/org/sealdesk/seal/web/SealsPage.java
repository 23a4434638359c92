package org.sealdesk.seal.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.sealdesk.seal.SealService;
import org.sealdesk.seal.SealView;

/** 证章信息: the applicant's seals, where renewal, change and cancellation will start. */
@Named
@ViewScoped
public class SealsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SealService seals;

    private List<SealView> mine;

    /** viewAction */
    public void load() {
        mine = seals.mine();
    }

    public List<SealView> getMine() {
        return mine;
    }
}
