package io.wavegrid.console.internal;

import io.wavegrid.trading.api.Order;
import io.wavegrid.trading.api.OrderManager;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Service
@Command(scope = "wavegrid", name = "orders", description = "Lists the account's open orders as the journal holds them")
public class OrdersCommand implements Action {

    @Reference
    private OrderManager orders;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Client order id");
        table.column("Symbol");
        table.column("Side");
        table.column("Type");
        table.column("Quantity").alignRight();
        table.column("Price").alignRight();
        table.column("Stop").alignRight();
        table.column("Filled").alignRight();
        table.column("Status");
        table.column("Updated");
        for (Order o : orders.openOrders()) {
            table.addRow().addContent(o.clientOrderId(), o.request().symbol().code(), o.request().side(), o.request().type(),
                    Amounts.plain(o.request().quantity()), Amounts.plain(o.request().price()), Amounts.plain(o.request().stopPrice()),
                    Amounts.plain(o.filledQuantity()), o.status(), o.updated());
        }
        table.print(System.out);
        System.out.println(orders.emergencyStopped() ? "EMERGENCY SHUTDOWN in force: new orders are refused until wavegrid:rearm" : "");
        return null;
    }
}
