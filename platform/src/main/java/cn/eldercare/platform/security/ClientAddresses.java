package cn.eldercare.platform.security;

import java.util.Set;

/**
 * The address a request really came from. Behind a reverse proxy every request arrives from the
 * proxy, so when (and only when) the peer is a trusted proxy, the address the proxy appended last to
 * X-Forwarded-For is taken; a client cannot spoof it, since a direct connection's header is ignored.
 */
public final class ClientAddresses {

    private final Set<String> trustedProxies;

    public ClientAddresses(Set<String> trustedProxies) {
        this.trustedProxies = Set.copyOf(trustedProxies);
    }

    public String of(String peer, String forwardedFor) {
        if (forwardedFor == null || forwardedFor.isBlank() || !trustedProxies.contains(peer)) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        String last = hops[hops.length - 1].strip();
        return last.isEmpty() || last.length() > 64 ? peer : last;
    }
}
