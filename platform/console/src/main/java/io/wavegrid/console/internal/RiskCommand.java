package io.wavegrid.console.internal;

import io.wavegrid.trading.api.RiskLimits;
import io.wavegrid.trading.api.RiskManager;
import io.wavegrid.trading.api.RiskStatus;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Service
@Command(scope = "wavegrid", name = "risk", description = "Shows the trading state and its cause, the risk limits and the emergency stop")
public class RiskCommand implements Action {

    @Reference
    private RiskManager risk;

    @Override
    public Object execute() {
        RiskStatus status = risk.status();
        ShellTable table = new ShellTable();
        table.column("What");
        table.column("Value");
        table.addRow().addContent("State", status.state());
        table.addRow().addContent("Cause", status.cause().isEmpty() ? "-" : status.cause());
        table.addRow().addContent("Since", status.since() == null ? "-" : status.since());
        table.addRow().addContent("Emergency stop", status.emergencyStopped() ? status.emergencyReason() : "armed (not stopped)");
        RiskLimits limits = status.limits();
        table.addRow().addContent(RiskLimits.MAX_RISK_PER_TRADE, limits.maxRiskPerTrade().toPlainString());
        table.addRow().addContent(RiskLimits.MAX_DAILY_LOSS, limits.maxDailyLoss().toPlainString());
        table.addRow().addContent(RiskLimits.MAX_EXPOSURE, limits.maxExposure().toPlainString());
        table.addRow().addContent(RiskLimits.MAX_DRAWDOWN, limits.maxDrawdown().toPlainString());
        table.print(System.out);
        return null;
    }
}
