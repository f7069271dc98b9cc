package cn.eldercare.timebank.ledger.embedded;

import java.nio.file.Path;

/**
 * Command line: {@code VerifyLedger <ledger directory>} checks a stopped server's embedded ledger
 * (for a running one use the admin API). Prints the report; exit status 0 when it verifies,
 * 1 when it does not, 2 when it cannot be checked at all.
 */
public final class VerifyLedger {

    private VerifyLedger() {
    }

    public static void main(final String[] args) {
        if (args.length != 1) {
            System.err.println("usage: VerifyLedger <ledger directory, e.g. data/ledger>");
            System.exit(2);
        }
        try {
            final VerifyReport report = LedgerVerifier.verify(Path.of(args[0]));
            System.out.println(report.describe());
            System.exit(report.ok() ? 0 : 1);
        } catch (RuntimeException e) {
            System.err.println("cannot verify " + args[0] + ": " + e);
            System.exit(2);
        }
    }
}
