using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using CoopBot.Storage;

namespace CoopBot.Hosting.Routing;

/// <summary>
/// One delivery of an activity at a time, across instances (ADR 0011). Teams redelivers an invoke it got no answer for,
/// sometimes while the first delivery still runs; handlers are idempotent for a redelivery that comes after the first
/// finished (each keys its write on the activity id), so concurrent deliveries of the same activity are made to queue:
/// the first inserts a claim row, the others wait until it is deleted (or, after a crash, expires) and then run.
/// </summary>
internal sealed class TurnClaims(ITableClientProvider tables, TimeProvider clock)
{
    public const string TableName = "TurnClaims";

    /// <summary>Longer than any turn may take (Teams waits 5 s for an invoke); an older claim belongs to a crashed delivery.</summary>
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan WaitStep = TimeSpan.FromMilliseconds(25);

    /// <summary>Waits until this delivery holds the claim of <paramref name="key"/>; dispose the result to release it.</summary>
    public async Task<IAsyncDisposable> AcquireAsync(string key, CancellationToken ct)
    {
        var table = await tables.GetTableAsync(TableName, ct);
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
        var (partition, row) = (hash[..2], hash[2..34]);
        while (true)
        {
            var now = clock.GetUtcNow();
            try
            {
                var etag = (await table.AddEntityAsync(new TableEntity(partition, row) { ["LeasedUntil"] = now + Lease }, ct)).ETagOf();
                return new Claim(table, partition, row, etag);
            }
            catch (RequestFailedException ex) when (ex.Status == 409)
            {
            }

            if (await table.GetEntityOrNullAsync(partition, row, cancellationToken: ct) is { } held
                && (held.GetDateTimeOffset("LeasedUntil") ?? DateTimeOffset.MaxValue) <= now)
            {
                await ReleaseAsync(table, partition, row, held.ETag);
                continue;
            }

            await Task.Delay(WaitStep, clock, ct);
        }
    }

    private static async Task ReleaseAsync(TableClient table, string partition, string row, Azure.ETag etag)
    {
        try
        {
            await table.DeleteEntityAsync(partition, row, etag, CancellationToken.None);
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            // Released (or expired and taken over) by another delivery already.
        }
    }

    private sealed class Claim(TableClient table, string partition, string row, Azure.ETag etag) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await ReleaseAsync(table, partition, row, etag);
    }
}
