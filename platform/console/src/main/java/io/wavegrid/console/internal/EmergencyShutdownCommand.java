package io.wavegrid.console.internal;

import io.wavegrid.trading.api.EmergencyReport;
import io.wavegrid.trading.api.OrderManager;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "wavegrid", name = "emergency-shutdown",
        description = "Cancels every open order, optionally closes every position, and refuses new orders until wavegrid:rearm")
public class EmergencyShutdownCommand implements Action {

    @Reference
    private OrderManager orders;

    @Option(name = "--close-positions", description = "Also close every position at market")
    private boolean closePositions;

    @Override
    public Object execute() {
        EmergencyReport report = orders.emergencyShutdown(closePositions, Actors.current());
        System.out.println("Emergency shutdown of " + orders.account() + " at " + report.time() + " by " + report.actor());
        System.out.println("Cancelled: " + (report.cancelled().isEmpty() ? "nothing open" : String.join(", ", report.cancelled())));
        if (closePositions) {
            System.out.println("Closed: " + (report.closed().isEmpty() ? "no position" : String.join("; ", report.closed())));
        }
        report.failures().forEach(f -> System.out.println("FAILED: " + f));
        System.out.println(report.complete() ? "Complete. New orders are refused until wavegrid:rearm."
                : "INCOMPLETE: check the failures above. New orders are refused until wavegrid:rearm.");
        return null;
    }
}
