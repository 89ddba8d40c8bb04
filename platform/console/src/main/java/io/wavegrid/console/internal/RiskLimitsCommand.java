package io.wavegrid.console.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.wavegrid.trading.api.RiskLimits;
import io.wavegrid.trading.api.RiskManager;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.ShellUtil;

/**
 * Shows or changes risk limits. A change is validated as a whole (every problem named, nothing applied when one is
 * wrong), applied at once, audited under the console user and stored in the risk manager's configuration.
 */
@Service
@Command(scope = "wavegrid", name = "risk-limits", description = "Shows or sets risk limits, e.g. wavegrid:risk-limits max.daily.loss=0.04")
public class RiskLimitsCommand implements Action {

    @Reference
    private RiskManager risk;

    @Argument(index = 0, name = "changes", multiValued = true, required = false,
            description = "key=value pairs: " + RiskLimits.MAX_RISK_PER_TRADE + ", " + RiskLimits.MAX_DAILY_LOSS + ", "
                    + RiskLimits.MAX_DRAWDOWN + " (fractions in (0, 1]), " + RiskLimits.MAX_EXPOSURE + " (multiple of balance)")
    private List<String> changes;

    @Override
    public Object execute() {
        if (changes != null && !changes.isEmpty()) {
            RiskLimits updated = risk.limits().with(parse(changes));
            risk.setLimits(updated, actor());
            System.out.println("Risk limits changed.");
        }
        RiskLimits limits = risk.limits();
        System.out.printf("%-20s %s%n", RiskLimits.MAX_RISK_PER_TRADE, limits.maxRiskPerTrade().toPlainString());
        System.out.printf("%-20s %s%n", RiskLimits.MAX_DAILY_LOSS, limits.maxDailyLoss().toPlainString());
        System.out.printf("%-20s %s%n", RiskLimits.MAX_EXPOSURE, limits.maxExposure().toPlainString());
        System.out.printf("%-20s %s%n", RiskLimits.MAX_DRAWDOWN, limits.maxDrawdown().toPlainString());
        return null;
    }

    static Map<String, String> parse(List<String> pairs) {
        Map<String, String> parsed = new LinkedHashMap<>();
        for (String pair : pairs) {
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("'" + pair + "' is not key=value, e.g. " + RiskLimits.MAX_DAILY_LOSS + "=0.04");
            }
            parsed.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
        }
        return parsed;
    }

    static String actor() {
        String user = ShellUtil.getCurrentUserName();
        return user == null || user.isBlank() ? "console" : user;
    }
}
