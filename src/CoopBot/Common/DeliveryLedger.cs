using Azure;
using Azure.Data.Tables;
using CoopBot.Jobs.Contracts;
using CoopBot.Storage;
using Microsoft.Extensions.Options;

namespace CoopBot.Common;

/// <summary>What a send that was claimed but never recorded (the process stopped mid-send) gets on the next run.</summary>
internal enum AfterCrash
{
    /// <summary>Send it again: the message may arrive twice, never zero times (reminders, notices, requests).</summary>
    SendAgain,

    /// <summary>Do not send it again: for a notification whose content an idempotent card update also shows.</summary>
    Skip,
}

/// <summary>How <see cref="DeliveryLedger.SendOnceAsync"/> ended.</summary>
internal enum Delivery
{
    Sent,
    SentBefore,
    InProgressElsewhere,
}

/// <summary>
/// The one mechanism for "posted once" (ADR 0011): a row per outbound message, claimed before the send (insert, or an
/// ETag-guarded takeover of an expired claim), marked sent after it, and released when the send fails, so a job retry
/// sends it again. A transient Connector failure therefore never loses the message, a re-run never repeats it, and only
/// a send cut off by a crash is repeated once (or skipped, by choice of the caller).
/// </summary>
internal sealed class DeliveryLedger(ITableClientProvider tables, TimeProvider clock, IOptions<JobOptions> jobs)
{
    public const string TableName = "Deliveries";
    private const string Sending = "sending";
    private const string SentState = "sent";

    public async Task<Delivery> SendOnceAsync(string scope, string message, AfterCrash afterCrash, Func<CancellationToken, Task> send, CancellationToken ct)
    {
        var table = await tables.GetTableAsync(TableName, ct);
        var (partition, row) = (Hashed(scope), Hashed(message));
        var (claim, outcome) = await ClaimAsync(table, partition, row, (scope, message), afterCrash, ct);
        if (claim is not { } etag)
        {
            return outcome;
        }

        try
        {
            await send(ct);
        }
        catch (Exception) when (!ct.IsCancellationRequested)
        {
            // Known not (fully) sent: free the claim so the job's retry sends it. A stop mid-send keeps the claim (a crash).
            await IgnoreLostClaim(() => table.DeleteEntityAsync(partition, row, etag, CancellationToken.None));
            throw;
        }

        var sent = new TableEntity(partition, row) { ["State"] = SentState, ["SentAt"] = clock.GetUtcNow() };
        await IgnoreLostClaim(() => table.UpdateEntityAsync(sent, etag, TableUpdateMode.Merge, ct));
        return Delivery.Sent;
    }

    private async Task<(ETag? Claim, Delivery Outcome)> ClaimAsync(
        TableClient table, string partition, string row, (string Scope, string Message) names, AfterCrash afterCrash, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var claim = new TableEntity(partition, row)
        {
            ["State"] = Sending, ["LeasedUntil"] = now + jobs.Value.LeaseDuration, ["Scope"] = names.Scope, ["Message"] = names.Message,
        };
        for (var attempt = 0; attempt < 3; attempt++)
        {
            try
            {
                return ((await table.AddEntityAsync(claim, ct)).ETagOf(), Delivery.Sent);
            }
            catch (RequestFailedException ex) when (ex.Status == 409)
            {
            }

            if (await table.GetEntityOrNullAsync(partition, row, cancellationToken: ct) is not { } existing)
            {
                continue; // released by a failed sender in between: claim it now
            }

            if (existing.GetString("State") == SentState)
            {
                return (null, Delivery.SentBefore);
            }

            if ((existing.GetDateTimeOffset("LeasedUntil") ?? DateTimeOffset.MinValue) > now)
            {
                return (null, Delivery.InProgressElsewhere);
            }

            // The claimer stopped mid-send: Teams may or may not have the message.
            var takeover = afterCrash == AfterCrash.Skip ? new TableEntity(partition, row) { ["State"] = SentState, ["SkippedAt"] = now } : claim;
            try
            {
                var etag = (await table.UpdateEntityAsync(takeover, existing.ETag, TableUpdateMode.Merge, ct)).ETagOf();
                return afterCrash == AfterCrash.Skip ? (null, Delivery.SentBefore) : (etag, Delivery.Sent);
            }
            catch (RequestFailedException ex) when (ex.Status is 404 or 412)
            {
                // Another instance took it over or released it first: look again.
            }
        }

        return (null, Delivery.InProgressElsewhere);
    }

    // Keys from ids of any length and character set; the hash keeps them within the table key rules.
    private static string Hashed(string key) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key)))[..32];

    private static async Task IgnoreLostClaim(Func<Task> write)
    {
        try
        {
            await write();
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            // The claim expired and another run took the message over; that run records the outcome.
        }
    }
}
