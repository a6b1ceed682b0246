package cn.gongkai.functions.common.http;

import io.vertx.ext.web.RoutingContext;

/** Who is asking, for throttling lookups: the first X-Forwarded-For address behind the API gateway, else the peer. */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(RoutingContext ctx) {
        if (ctx == null) {
            return "unknown";
        }
        String forwarded = ctx.request().getHeader("X-Forwarded-For");
        if (forwarded != null && !forwarded.isBlank()) {
            return forwarded.split(",")[0].strip();
        }
        return ctx.request().remoteAddress() == null ? "unknown" : ctx.request().remoteAddress().host();
    }
}
