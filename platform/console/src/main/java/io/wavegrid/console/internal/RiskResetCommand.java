package io.wavegrid.console.internal;

import java.util.List;

import io.wavegrid.trading.api.RiskManager;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** The operator's reset of a daily-loss or drawdown halt; audited with the console user and the reason. */
@Service
@Command(scope = "wavegrid", name = "risk-reset", description = "Resets a REDUCING or HALTED trading state to ACTIVE")
public class RiskResetCommand implements Action {

    @Reference
    private RiskManager risk;

    @Argument(index = 0, name = "reason", multiValued = true, required = true,
            description = "Why trading may resume (recorded in the audit log)")
    private List<String> reason;

    @Override
    public Object execute() {
        risk.reset(RiskLimitsCommand.actor(), String.join(" ", reason));
        System.out.println("Trading state: " + risk.state());
        return null;
    }
}
