package org.sealdesk.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.List;
import org.sealdesk.common.Money;
import org.sealdesk.common.RuleViolation;

/** One line of the price table: what an order of a kind costs for a number of certificate years. */
@Entity
@Table(name = "price_rule")
@NamedQuery(name = "PriceRule.forKind", query = "SELECT p FROM PriceRule p WHERE p.kind = :kind ORDER BY p.years")
public class PriceRule {

    /** The longest certificate validity the table may offer (the schema's CHECK agrees). */
    public static final int MAX_YEARS = 10;
    /** A typing slip guard: no order costs more than ¥100,000. */
    public static final Money MAX_AMOUNT = Money.ofFen(10_000_000);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "price_rule_seq")
    @SequenceGenerator(name = "price_rule_seq", sequenceName = "price_rule_seq", allocationSize = 1)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private OrderKind kind;

    @Column(nullable = false)
    private int years;

    @Column(name = "amount_fen", nullable = false)
    private long amountFen;

    @Version
    private long version;

    protected PriceRule() {
    }

    public PriceRule(OrderKind kind, int years, Money amount) {
        if (kind == null) {
            throw new RuleViolation("price.kind.required");
        }
        if (!kind.isPriced()) {
            throw new RuleViolation("price.kind.free");
        }
        if (years < 1 || years > MAX_YEARS) {
            throw new RuleViolation("price.years.range", MAX_YEARS);
        }
        this.kind = kind;
        this.years = years;
        reprice(amount);
    }

    /** A new amount for new orders; orders already priced keep theirs. */
    public void reprice(Money amount) {
        if (amount == null || amount.fen() == 0 || amount.compareTo(MAX_AMOUNT) > 0) {
            throw new RuleViolation("price.amount.range", MAX_AMOUNT);
        }
        this.amountFen = amount.fen();
    }

    /** The amount for {@code years} among one kind's rules; a missing line is refused, never guessed. */
    public static Money amountFor(List<PriceRule> rules, int years) {
        return rules.stream().filter(rule -> rule.years == years).map(PriceRule::getAmount).findFirst()
                .orElseThrow(() -> new RuleViolation("order.years.unavailable", years));
    }

    public OrderKind getKind() {
        return kind;
    }

    public int getYears() {
        return years;
    }

    public Money getAmount() {
        return Money.ofFen(amountFen);
    }
}
