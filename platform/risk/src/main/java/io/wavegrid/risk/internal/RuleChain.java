package io.wavegrid.risk.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import io.wavegrid.trading.api.OrderRequest;
import io.wavegrid.trading.api.RiskContext;
import io.wavegrid.trading.api.RiskDecision;
import io.wavegrid.trading.api.RiskRule;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The registered third-party {@link RiskRule}s, in name order so that replays decide alike. Every rule judges the
 * same order; the first rejection wins, otherwise the smallest resize (naming the rule that asked for it). A rule that throws or answers nothing rejects
 * the order: a broken check must never let an order through, nor crash the thread that asked.
 */
final class RuleChain {

    private static final Logger LOG = LoggerFactory.getLogger(RuleChain.class);

    private record Named(String name, RiskRule rule, AtomicBoolean failureLogged) {
    }

    private volatile List<Named> rules = List.of();

    synchronized void add(RiskRule rule) {
        List<Named> next = new ArrayList<>(rules);
        next.add(new Named(nameOf(rule), rule, new AtomicBoolean()));
        next.sort(Comparator.comparing(Named::name));
        rules = List.copyOf(next);
    }

    synchronized void remove(RiskRule rule) {
        List<Named> next = new ArrayList<>(rules);
        next.removeIf(named -> named.rule() == rule);
        rules = List.copyOf(next);
    }

    List<String> names() {
        return rules.stream().map(Named::name).toList();
    }

    /** ACCEPT of the order's quantity when no rule objects, else the first REJECT or the smallest RESIZE. */
    RiskDecision evaluate(OrderRequest order, RiskContext context) {
        BigDecimal smallest = order.quantity();
        Named resizedBy = null;
        String reason = null;
        for (Named named : rules) {
            RiskDecision decision;
            try {
                decision = named.rule().evaluate(order, context);
            } catch (Exception | LinkageError e) {
                logFailure(named, e);
                return RiskDecision.reject(named.name(), "rule " + named.name() + " failed: " + e);
            }
            if (decision == null) {
                return RiskDecision.reject(named.name(), "rule " + named.name() + " returned no decision");
            }
            switch (decision.verdict()) {
                case REJECT -> {
                    return RiskDecision.reject(named.name(), decision.reason().isEmpty()
                            ? "rejected by rule " + named.name() : decision.reason());
                }
                case RESIZE -> {
                    if (decision.quantity().signum() <= 0) {
                        return RiskDecision.reject(named.name(), "rule " + named.name() + " resized the order to "
                                + decision.quantity().toPlainString() + ": " + decision.reason());
                    }
                    if (decision.quantity().compareTo(smallest) < 0) {
                        smallest = decision.quantity();
                        resizedBy = named;
                        reason = decision.reason();
                    }
                }
                case ACCEPT -> {
                    // A rule cannot raise a quantity, so an ACCEPT's quantity is not looked at.
                }
            }
        }
        if (resizedBy == null) {
            return RiskDecision.accept("rules", order.quantity());
        }
        return RiskDecision.resize(resizedBy.name(), smallest, reason);
    }

    private static void logFailure(Named named, Throwable e) {
        if (named.failureLogged().compareAndSet(false, true)) {
            LOG.warn("Risk rule {} failed; the order is rejected (logged once per rule with its trace)", named.name(), e);
        } else {
            LOG.warn("Risk rule {} failed again; the order is rejected: {}", named.name(), e.toString());
        }
    }

    private static String nameOf(RiskRule rule) {
        try {
            String name = rule.name();
            return name == null || name.isBlank() ? rule.getClass().getName() : name;
        } catch (RuntimeException e) {
            return rule.getClass().getName();
        }
    }
}
