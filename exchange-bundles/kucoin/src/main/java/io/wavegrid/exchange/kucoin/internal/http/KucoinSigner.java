package io.wavegrid.exchange.kucoin.internal.http;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * KuCoin's API key version 2 signature: base64(HMAC-SHA256(secret, timestamp + method + endpoint + body)),
 * and the passphrase itself signed with the secret. {@link #toString()} reveals nothing.
 */
public final class KucoinSigner {

    private final SecretKeySpec secret;
    private final String signedPassphrase;

    public KucoinSigner(String secret, String passphrase) {
        this.secret = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.signedPassphrase = sign(passphrase);
    }

    public String sign(String prehash) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(secret);
            return Base64.getEncoder().encodeToString(mac.doFinal(prehash.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** The value of {@code KC-API-PASSPHRASE} for version 2 keys. */
    public String passphrase() {
        return signedPassphrase;
    }

    @Override
    public String toString() {
        return "KucoinSigner[***]";
    }
}
