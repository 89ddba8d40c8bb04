package io.wavegrid.rest.internal;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import io.wavegrid.trading.api.AccountSnapshot;
import io.wavegrid.trading.api.ExchangeException;
import io.wavegrid.trading.api.Order;
import io.wavegrid.trading.api.OrderManager;
import io.wavegrid.trading.api.Position;
import io.wavegrid.trading.api.PositionBook;

/** The account's positions and open orders, and cancelling one order: {@code /api/trading/...}. */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class TradingResource {

    private final OrderManager orders;
    private final PositionBook book;

    TradingResource(OrderManager orders, PositionBook book) {
        this.orders = orders;
        this.book = book;
    }

    /** Positions that are not flat, marked at the last price. */
    @GET
    @Path("positions")
    public List<Position> positions() {
        return book.positions();
    }

    /** Balance, equity, peak equity, exposure, today's P&amp;L and the positions. */
    @GET
    @Path("account")
    public AccountSnapshot account() {
        return book.snapshot();
    }

    @GET
    @Path("orders")
    public List<Order> orders() {
        return orders.openOrders();
    }

    /** 400 when the account has no such open order; 502 with the exchange's reason when the exchange refuses. */
    @POST
    @Path("cancel/{id}")
    public Response cancel(@PathParam("id") String clientOrderId) {
        try {
            return Response.ok(orders.cancel(clientOrderId, RestActor.NAME)).build();
        } catch (ExchangeException e) {
            return Response.status(Response.Status.BAD_GATEWAY).type(MediaType.APPLICATION_JSON)
                    .entity(new ErrorBody("exchange refused the cancel (" + e.reason() + "): " + e.getMessage())).build();
        }
    }
}
