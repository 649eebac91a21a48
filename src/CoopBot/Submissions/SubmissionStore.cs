using Azure;
using Azure.Data.Tables;
using CoopBot.Common;
using CoopBot.Domain.Amounts;
using CoopBot.Domain.Decisions;
using CoopBot.Storage;

namespace CoopBot.Submissions;

/// <summary>
/// One partition per submission: "~sub" is the submission, a supporter's AAD object id is their support (so one support
/// per person, and the count is derived), "~evt|…" rows are audit events written in the same batch as the change.
/// </summary>
internal sealed class SubmissionStore(ITableClientProvider tables)
{
    public const string TableName = "Submissions";
    private const string SubmissionRowKey = "~sub";

    // Supporters' rows are AAD object ids; '~' sorts after every id character, so "RowKey lt '~'" selects exactly them.
    private const string SupporterUpperBound = "~";

    public async Task CreateAsync(SubmissionRecord submission, AuditEvent created, CancellationToken ct)
    {
        var table = await Table(ct);
        await table.SubmitTransactionAsync(
            [
                new TableTransactionAction(TableTransactionActionType.Add, ToEntity(submission)),
                new TableTransactionAction(TableTransactionActionType.Add, AuditEventRows.ToEntity(submission.Id, created)),
            ],
            ct);
    }

    public async Task<(SubmissionRecord Submission, ETag ETag)?> GetAsync(string id, CancellationToken ct)
    {
        if (!TableKey.IsValid(id))
        {
            return null;
        }

        var table = await Table(ct);
        var entity = await table.GetEntityOrNullAsync(id, SubmissionRowKey, cancellationToken: ct);
        return entity is null ? null : (ToSubmission(entity), entity.ETag);
    }

    /// <summary>Replaces the submission if unchanged since read (ETag), with its audit event; false when another writer came first.</summary>
    public async Task<bool> TryUpdateAsync(SubmissionRecord submission, ETag ifMatch, AuditEvent evt, CancellationToken ct)
    {
        var table = await Table(ct);
        try
        {
            await table.SubmitTransactionAsync(
                [
                    new TableTransactionAction(TableTransactionActionType.UpdateReplace, ToEntity(submission), ifMatch),
                    new TableTransactionAction(TableTransactionActionType.Add, AuditEventRows.ToEntity(submission.Id, evt)),
                ],
                ct);
            return true;
        }
        catch (TableTransactionFailedException ex) when (ex.Status is 412 or 409)
        {
            return false;
        }
    }

    /// <summary>Adds one person's support with its audit event; false when this person already supports it (idempotent).</summary>
    public async Task<bool> AddSupportAsync(string id, string supporterId, AuditEvent evt, CancellationToken ct)
    {
        var table = await Table(ct);
        try
        {
            await table.SubmitTransactionAsync(
                [
                    new TableTransactionAction(TableTransactionActionType.Add, new TableEntity(id, supporterId) { ["At"] = evt.At }),
                    new TableTransactionAction(TableTransactionActionType.Add, AuditEventRows.ToEntity(id, evt)),
                ],
                ct);
            return true;
        }
        catch (TableTransactionFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    public async Task<int> CountSupportersAsync(string id, CancellationToken ct)
    {
        var table = await Table(ct);
        var count = 0;
        await foreach (var _ in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {id} and RowKey lt {SupporterUpperBound}"), select: ["RowKey"], cancellationToken: ct))
        {
            count++;
        }

        return count;
    }

    public async Task<IReadOnlyList<AuditEvent>> GetHistoryAsync(string id, CancellationToken ct)
    {
        var table = await Table(ct);
        var filter = AuditEventRows.Filter(id);
        var events = new List<AuditEvent>();
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: ct))
        {
            events.Add(AuditEventRows.FromEntity(entity));
        }

        return events.OrderBy(e => e.At).ToList();
    }

    private static TableEntity ToEntity(SubmissionRecord s)
    {
        var e = new TableEntity(s.Id, SubmissionRowKey)
        {
            ["SteeringGroupId"] = s.SteeringGroupId,
            ["ServiceId"] = s.ServiceId,
            ["ServiceName"] = s.ServiceName,
            ["Title"] = s.Title,
            ["Description"] = s.Description,
            ["AmountCents"] = s.Amount?.Cents,
            ["SubmitterId"] = s.SubmitterId,
            ["SubmitterName"] = s.SubmitterName,
            ["OrganisationName"] = s.OrganisationName,
            ["SubmittedAt"] = s.SubmittedAt,
            ["Status"] = s.Status.ToString(),
            ["ChairMessage"] = s.ChairMessage,
            ["PollId"] = s.PollId,
            ["DecidedAt"] = s.DecidedAt,
        };
        CardLocationColumns.Standard.Write(e, s.Card);

        return e;
    }

    private static SubmissionRecord ToSubmission(TableEntity e) => new(
        e.PartitionKey,
        e.GetString("SteeringGroupId") ?? string.Empty,
        e.GetString("ServiceId") ?? string.Empty,
        e.GetString("ServiceName") ?? string.Empty,
        e.GetString("Title") ?? string.Empty,
        e.GetString("Description") ?? string.Empty,
        e.GetInt64Widened("AmountCents") is { } cents ? Money.FromCents(cents) : null,
        e.GetString("SubmitterId") ?? string.Empty,
        e.GetString("SubmitterName") ?? string.Empty,
        e.GetString("OrganisationName") ?? string.Empty,
        e.GetDateTimeOffset("SubmittedAt") ?? DateTimeOffset.MinValue,
        Enum.Parse<SubmissionStatus>(e.GetString("Status") ?? nameof(SubmissionStatus.Submitted)))
    {
        ChairMessage = e.GetString("ChairMessage"),
        PollId = e.GetString("PollId"),
        DecidedAt = e.GetDateTimeOffset("DecidedAt"),
        Card = CardLocationColumns.Standard.Read(e),
    };

    private Task<TableClient> Table(CancellationToken ct) => tables.GetTableAsync(TableName, ct);
}
