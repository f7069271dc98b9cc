package cn.eldercare.timebank.ledger.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.eldercare.chaincode.sim.SimulatedStub;
import cn.eldercare.chaincode.sim.SimulationResult;
import cn.eldercare.chaincode.sim.TxProposal;
import cn.eldercare.chaincode.sim.ValidationCode;

/** The world state follows the log whatever state file a crash (or an operator) leaves behind. */
class RecoveryTest {

    private static final Instant START = Instant.now().minus(Duration.ofHours(30));

    @TempDir
    Path dir;

    private EmbeddedLedgerConfig config() {
        return EmbeddedLedgerConfig.in(dir.resolve("ledger"));
    }

    private EmbeddedLedger open() {
        return EmbeddedLedger.open(config(), TimeBankClient.CONTRACTS);
    }

    /** A ledger with an initialised time bank, a volunteer and a recipient; then {@code minutes} earned. */
    private void earn(final int minutes) {
        try (EmbeddedLedger ledger = open()) {
            EmbeddedNetwork.DEFAULT.bootstrap(ledger);
            final TimeBankClient bank = new TimeBankClient(ledger);
            bank.registerVolunteer("vol-000001");
            bank.registerRecipient("rec-000001");
            final Instant start = START.plus(Duration.ofMinutes(3L * minutes));
            bank.confirm(bank.submitService("vol-000001", "rec-000001", "s" + minutes, start, minutes));
        }
    }

    @Test
    void aStateThatMissedTheLastBlocksCatchesUpFromTheLog() throws IOException {
        earn(30);
        final Path older = Files.copy(config().stateFile(), dir.resolve("older.mv.db"));
        earn(45);
        Files.copy(older, config().stateFile(), StandardCopyOption.REPLACE_EXISTING);
        try (EmbeddedLedger ledger = open()) {
            assertEquals(OptionalLong.of(ledger.height()), ledger.lastEventBlockAtOpen(), "the last block credited the service");
            assertEquals(75, new TimeBankClient(ledger).balance("vol-000001"));
            assertTrue(ledger.verify().ok(), () -> ledger.verify().describe());
        }
    }

    @Test
    void aDeletedStateIsRebuiltFromTheLog() throws IOException {
        earn(30);
        Files.delete(config().stateFile());
        try (EmbeddedLedger ledger = open()) {
            final TimeBankClient bank = new TimeBankClient(ledger);
            assertEquals(30, bank.balance("vol-000001"));
            assertEquals("EARNED", bank.statement("vol-000001").get(0).get("kind").getAsString());
            assertTrue(ledger.verify().ok(), () -> ledger.verify().describe());
        }
    }

    @Test
    void aStateAheadOfTheLogIsRefused() throws IOException {
        earn(30);
        copyTree(config().blocks(), dir.resolve("older-blocks"));
        earn(45);
        deleteTree(config().blocks());
        copyTree(dir.resolve("older-blocks"), config().blocks());
        final LedgerCorruption refused = assertThrows(LedgerCorruption.class, this::open);
        assertTrue(refused.getMessage().contains("the world state has applied block"), refused.getMessage());
    }

    /** The server stopped cleanly, then five bytes went missing from the newest segment: block acknowledged, not torn. */
    @Test
    void aCutShortRecordOfABlockTheStateAppliedIsRefusedAndKept() throws IOException {
        earn(30);
        final Path segment = newestSegment();
        final long size = Files.size(segment);
        try (FileChannel channel = FileChannel.open(segment, StandardOpenOption.WRITE)) {
            channel.truncate(size - 5);
        }
        final LedgerCorruption refused = assertThrows(LedgerCorruption.class, this::open);
        assertTrue(refused.getMessage().contains("ends early, but the world state has applied block"), refused.getMessage());
        assertEquals(size - 5, Files.size(segment), "nothing was cut");
        assertEquals(List.of(segment), segments(), "nothing was set aside");
    }

    /** A state that lags the log is no witness: a cut-short last record may be a block the crash interrupted. */
    @Test
    void aCutShortRecordOfABlockTheStateNeverAppliedIsCutOffAndKeptAside() throws IOException {
        earn(30);
        final Path older = Files.copy(config().stateFile(), dir.resolve("older.mv.db"));
        earn(45);
        Files.copy(older, config().stateFile(), StandardCopyOption.REPLACE_EXISTING);
        final Path segment = newestSegment();
        try (FileChannel channel = FileChannel.open(segment, StandardOpenOption.WRITE)) {
            channel.truncate(channel.size() - 5);
        }
        try (EmbeddedLedger ledger = open()) {
            final TimeBankClient bank = new TimeBankClient(ledger);
            assertEquals(30, bank.balance("vol-000001"), "the last block, the confirmation of 45 minutes, is cut off");
            assertTrue(ledger.verify().ok(), () -> ledger.verify().describe());
        }
        assertEquals(2, segments().size(), "the cut bytes are kept beside the segment: " + segments());
    }

    private Path newestSegment() throws IOException {
        final List<Path> segments = Segments.list(config().blocks());
        return segments.get(segments.size() - 1);
    }

    private List<Path> segments() throws IOException {
        try (Stream<Path> files = Files.list(config().blocks())) {
            return files.sorted().toList();
        }
    }

    /** Two debits simulated on the same balance: the committer lets the first through and invalidates the second. */
    @Test
    void theSecondOfTwoDebitsReadingTheSameBalanceIsInvalidatedAndKeptAsSuch() throws Exception {
        earn(60);
        try (DurableWorldState state = DurableWorldState.open(config().stateFile());
                BlockLog log = BlockLog.open(config().blocks(), 1 << 20, state.appliedBlock())) {
            final PendingTx first = donate(state, "d1");
            final PendingTx second = donate(state, "d2");
            try (Committer committer = new Committer(log, state, new CommitHeight(log.head()), Clock.systemUTC(), 100)) {
                assertEquals(ValidationCode.VALID, committer.enqueue(first).get(30, TimeUnit.SECONDS));
                assertEquals(ValidationCode.MVCC_READ_CONFLICT, committer.enqueue(second).get(30, TimeUnit.SECONDS));
            }
        }
        try (EmbeddedLedger ledger = open()) {
            assertEquals(OptionalLong.of(ledger.height() - 1), ledger.lastEventBlockAtOpen(),
                    "the last block holds only the invalidated debit, which emits no event for a read model to wait for");
            assertEquals(20, new TimeBankClient(ledger).balance("vol-000001"));
            final VerifyReport report = ledger.verify();
            assertTrue(report.ok(), report::describe);
            assertEquals(1, report.invalidTransactions());
        }
    }

    /** Simulates a donation of 40 minutes on the committed state, as a submitter thread would. */
    private static PendingTx donate(final DurableWorldState state, final String requestId) {
        final TxProposal proposal = new Proposals("eldercare").create(TimeBankClient.volunteer("vol-000001"),
                Instant.now(), "accounts:Donate", "{\"requestId\":\"" + requestId
                        + "\",\"memberId\":\"vol-000001\",\"minutes\":40}");
        final SimulatedStub stub = new SimulatedStub(state, proposal, "timebank", "RegulatorMSP");
        final SimulationResult result = new SimulationResult(proposal.txId(), TimeBankClient.CONTRACTS.invoke(stub),
                stub.readWriteSet(), stub.getEvent());
        assertTrue(result.isSuccess(), result::message);
        return new PendingTx(proposal, result);
    }

    private static void copyTree(final Path from, final Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (final Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }

    private static void deleteTree(final Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            for (final Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
