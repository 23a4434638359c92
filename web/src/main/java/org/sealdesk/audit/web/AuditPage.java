package org.sealdesk.audit.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;
import org.sealdesk.audit.AuditChain;
import org.sealdesk.audit.AuditFilter;
import org.sealdesk.audit.AuditOutcome;
import org.sealdesk.audit.AuditRecord;
import org.sealdesk.audit.AuditService;
import org.sealdesk.common.ServiceZone;
import org.sealdesk.web.DateRange;

/** 审计日志: filtered viewer (newest first), chain verification, CSV export. */
@Named
@ViewScoped
public class AuditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AuditService audit;

    private String actor;
    private String action;
    private String subject;
    private AuditOutcome outcome;
    private final DateRange period = new DateRange();
    private AuditChain.Verification verification;

    private final LazyDataModel<AuditRecord> records = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) audit.count(filter());
        }

        @Override
        public List<AuditRecord> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            return audit.search(filter(), first, pageSize);
        }

        @Override
        public String getRowKey(AuditRecord row) {
            return Long.toString(row.id());
        }
    };

    /** viewAction: administrators only, refused by the service for anyone else. */
    public void load() {
        audit.count(AuditFilter.none());
    }

    public void verify() {
        verification = audit.verify();
    }

    private AuditFilter filter() {
        return new AuditFilter(actor, action, subject, outcome, period.getFrom(), period.getTo());
    }

    public StreamedContent getCsv() {
        byte[] csv = audit.csv(filter()).getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder().name("audit-" + ServiceZone.today() + ".csv")
                .contentType("text/csv; charset=UTF-8").stream(() -> new ByteArrayInputStream(csv)).build();
    }

    /** Rows the viewer pages through; the page says so when a filter matches more. */
    public int getListed() {
        return AuditService.LISTED;
    }

    public LazyDataModel<AuditRecord> getRecords() {
        return records;
    }

    public AuditOutcome[] getOutcomes() {
        return AuditOutcome.values();
    }

    public AuditChain.Verification getVerification() {
        return verification;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public AuditOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(AuditOutcome outcome) {
        this.outcome = outcome;
    }

    public DateRange getPeriod() {
        return period;
    }
}
