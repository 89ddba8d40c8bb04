package io.wavegrid.console.internal;

import io.wavegrid.trading.api.OrderManager;
import io.wavegrid.trading.api.ReconciliationReport;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "wavegrid", name = "reconcile",
        description = "Compares the journal and the tracked balances with the exchange now, and reports what differed")
public class ReconcileCommand implements Action {

    @Reference
    private OrderManager orders;

    @Override
    public Object execute() {
        ReconciliationReport report = orders.reconcile();
        if (report.clean()) {
            System.out.println("Journal and balances of " + orders.account() + " agree with the exchange.");
            return null;
        }
        report.corrected().forEach(c -> System.out.println("corrected: " + c));
        report.unknownOrders().forEach(o -> System.out.println("unknown to the journal (left untouched): " + o.clientOrderId()
                + " " + o.request().side() + " " + Amounts.plain(o.request().quantity()) + " " + o.request().symbol() + " "
                + o.request().type() + " " + o.status()));
        report.balanceMismatches().forEach(m -> System.out.println("balance " + m.asset() + ": tracked " + Amounts.plain(m.tracked())
                + ", exchange " + Amounts.plain(m.reported())));
        report.failures().forEach(f -> System.out.println("failed: " + f));
        return null;
    }
}
