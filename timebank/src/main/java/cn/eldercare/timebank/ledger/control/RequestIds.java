package cn.eldercare.timebank.ledger.control;

import java.util.UUID;

/** The requestId of a ledger request: the client's, so that its retry is answered once, or a fresh one. */
public final class RequestIds {

    private RequestIds() {
    }

    public static String orNew(String requestId) {
        return requestId == null || requestId.isBlank() ? UUID.randomUUID().toString() : requestId;
    }
}
