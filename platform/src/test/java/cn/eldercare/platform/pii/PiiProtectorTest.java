package cn.eldercare.platform.pii;

import cn.eldercare.platform.identity.ResidentIdNumbers;
import org.junit.jupiter.api.Test;

import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PiiProtectorTest {

    private static final byte[] ENC = key(1);
    private static final byte[] HASH = key(2);
    private static final String ID = ResidentIdNumbers.woman();

    private final PiiProtector pii = new PiiProtector(ENC, HASH);

    private static byte[] key(int seed) {
        byte[] k = new byte[32];
        for (int i = 0; i < k.length; i++) {
            k[i] = (byte) (seed * 31 + i);
        }
        return k;
    }

    @Test
    void encryptDecryptRoundTrip() {
        assertEquals(ID, pii.decrypt(pii.encrypt(ID)));
        assertEquals("王秀英 13800138000", pii.decrypt(pii.encrypt("王秀英 13800138000")));
        assertEquals("", pii.decrypt(pii.encrypt("")));
    }

    @Test
    void ciphertextIsBase64OfIvSealedValueAndTagAndHidesThePlainText() {
        String sealed = pii.encrypt(ID);
        byte[] raw = Base64.getDecoder().decode(sealed);
        assertEquals(12 + ID.length() + 16, raw.length, "96-bit IV, ciphertext as long as the text, 128-bit tag");
        assertFalse(sealed.contains(ID));
        assertFalse(sealed.contains(ID.substring(6, 14)), "not even the birth date shows");
        assertTrue(sealed.length() <= 200, "fits the id_number_cipher column");
    }

    @Test
    void randomIvSoEqualValuesEncryptDifferently() {
        String a = pii.encrypt(ID);
        String b = pii.encrypt(ID);
        assertNotEquals(a, b);
        assertFalse(java.util.Arrays.equals(java.util.Arrays.copyOf(Base64.getDecoder().decode(a), 12),
                java.util.Arrays.copyOf(Base64.getDecoder().decode(b), 12)), "the IVs differ");
        assertEquals(pii.decrypt(a), pii.decrypt(b));
    }

    @Test
    void blindIndexIsDeterministicHexAndKeyDependent() {
        String index = pii.blindIndex(ID);
        assertEquals(index, pii.blindIndex(ID));
        assertEquals(index, new PiiProtector(key(9), HASH).blindIndex(ID), "the encryption key plays no part");
        assertTrue(index.matches("[0-9a-f]{64}"), index);
        assertNotEquals(index, new PiiProtector(ENC, key(3)).blindIndex(ID));
        assertNotEquals(index, pii.blindIndex(ResidentIdNumbers.man()));
        assertFalse(index.contains(ID));
    }

    @Test
    void tamperedCiphertextFails() {
        byte[] raw = Base64.getDecoder().decode(pii.encrypt(ID));
        for (int at : new int[]{0, 11, 12, raw.length - 1}) {
            byte[] t = raw.clone();
            t[at] ^= 0x01;
            String tampered = Base64.getEncoder().encodeToString(t);
            assertThrows(IllegalStateException.class, () -> pii.decrypt(tampered), "byte " + at + " flipped");
        }
        byte[] shorter = java.util.Arrays.copyOf(raw, raw.length - 1);
        assertThrows(IllegalStateException.class, () -> pii.decrypt(Base64.getEncoder().encodeToString(shorter)));
    }

    @Test
    void wrongKeyFails() {
        String sealed = pii.encrypt(ID);
        assertThrows(IllegalStateException.class, () -> new PiiProtector(key(4), HASH).decrypt(sealed));
    }
}
