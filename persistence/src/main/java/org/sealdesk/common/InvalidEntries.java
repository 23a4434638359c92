package org.sealdesk.common;

import java.util.List;

/** Several inputs of one form refused at once, each naming its field, so the page shows them all together. */
public class InvalidEntries extends RuleViolation {

    private final transient List<RuleViolation> problems;

    InvalidEntries(List<RuleViolation> problems) {
        super(problems.get(0).messageKey(), problems.get(0).arguments());
        this.problems = List.copyOf(problems);
    }

    @Override
    public List<RuleViolation> each() {
        return problems;
    }

    @Override
    public String getMessage() {
        return problems.toString();
    }
}
