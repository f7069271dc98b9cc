package cn.eldercare.platform.json;

import jakarta.json.spi.JsonProvider;

/**
 * The JSON-P provider, looked up once. Each {@code jakarta.json.Json.create…} call looks it up again
 * through the service loader, scanning the class path: under load that was a fifth of the server's
 * CPU per enrolment.
 */
public final class Jsonp {

    public static final JsonProvider PROVIDER = JsonProvider.provider();

    private Jsonp() {
    }
}
