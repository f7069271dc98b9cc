/**
 * The embedded ledger: the time-bank contracts run in-process on a hash-chained block log, the
 * default where no Fabric network is configured.
 *
 * <h2>Durability guarantee</h2>
 * A transaction is acknowledged (its {@code submit} returns) only after the block that holds it has
 * been written to the block log ({@code blocks/}) and forced to the storage device with
 * {@code FileChannel.force} ({@link cn.eldercare.timebank.ledger.embedded.BlockLog#append}); a new log
 * segment's directory entry is forced too. Therefore:
 * <ul>
 * <li>every acknowledged transaction survives the process being killed at any moment ({@code kill -9}),
 *     and an operating-system crash or power cut as far as the device keeps what it reported as
 *     flushed;</li>
 * <li>the world state ({@code state.mv.db}, an H2 MVStore file) is derived from the log and is not what
 *     makes a transaction durable: it is saved in the background, may lag the log after a crash, and on
 *     open the blocks it lacks are re-applied from the log ({@link cn.eldercare.timebank.ledger.embedded.Recovery});
 *     deleting it rebuilds it from the log;</li>
 * <li>a crash can cut short only the last record of the log, which was never acknowledged; such a tail
 *     is kept aside and cut off, unless the world state shows that block as applied, in which case the
 *     record was forced whole and damaged later, and the ledger refuses to open
 *     ({@link cn.eldercare.timebank.ledger.embedded.Tail}); any other damage, and a state ahead of the
 *     log, are refused as {@link cn.eldercare.timebank.ledger.embedded.LedgerCorruption};</li>
 * <li>every block's hash covers the previous block's hash and its own canonical bytes, so
 *     {@link cn.eldercare.timebank.ledger.embedded.VerifyLedger} detects any change to the chain.</li>
 * </ul>
 *
 * <h2>Which tests prove it</h2>
 * <ul>
 * <li>{@code CrashTest} (unit tests of this module): a separate JVM commits from 8 threads and is
 *     killed with SIGKILL mid-load; every acknowledged transaction is found after reopening, the chain
 *     verifies, and every balance equals the sum of the member's movements.</li>
 * <li>{@code RecoveryTest}: a world state that missed the last blocks catches up, a deleted one is
 *     rebuilt, one ahead of the log is refused, a torn record of a block the state applied is refused
 *     and kept, and one of a block it never applied is cut off and kept aside.</li>
 * <li>{@code ServerCrashIT} (app module, {@code mvn verify}): the whole server under a mixed write load,
 *     killed with SIGKILL in five rounds and restarted, loses no acknowledged write.</li>
 * </ul>
 * Not tested: a power cut (the tests kill the process, not the machine), which relies on the device
 * honouring {@code force}.
 *
 * <h2>How simulations are isolated</h2>
 * A transaction is simulated against the world state as of the last committed block
 * ({@link cn.eldercare.timebank.ledger.embedded.StateSnapshot}): a simulation holds the state's read lock,
 * and the committer applies a block, and the compactor compacts the file, only under its write lock, so
 * a simulation sees whole blocks and only pages of MVStore's current version, which MVStore never frees;
 * MVStore's background writer is off, as its housekeeping rewrites pages outside that lock. Only H2's
 * public MVMap and MVStore API is used ({@code get}, {@code cursor}, {@code commit}, {@code compact}).
 * The committer waits for the simulations in flight before it applies the next block.
 * {@code SnapshotIsolationTest} checks that readers see whole blocks while blocks are applied, saved and
 * compacted; {@code StateApiTest} that no class here uses MVStore's internals.
 */
package cn.eldercare.timebank.ledger.embedded;
