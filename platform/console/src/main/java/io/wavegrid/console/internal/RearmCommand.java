package io.wavegrid.console.internal;

import io.wavegrid.trading.api.OrderManager;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "wavegrid", name = "rearm", description = "Lifts an emergency shutdown: new orders are allowed again")
public class RearmCommand implements Action {

    @Reference
    private OrderManager orders;

    @Override
    public Object execute() {
        if (!orders.emergencyStopped()) {
            System.out.println("No emergency shutdown in force on " + orders.account() + ".");
            return null;
        }
        orders.rearm(Actors.current());
        System.out.println("Re-armed: " + orders.account() + " accepts new orders again.");
        return null;
    }
}
