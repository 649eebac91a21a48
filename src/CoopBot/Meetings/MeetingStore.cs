using Azure;
using Azure.Data.Tables;
using CoopBot.Domain.Meetings;
using CoopBot.Storage;

namespace CoopBot.Meetings;

/// <summary>A stored meeting with the ETag it was read with.</summary>
internal sealed record StoredMeeting(MeetingRecord Meeting, ETag ETag);

/// <summary>The year guard row of a stuurgroep: absent (default ETag) or read with this ETag.</summary>
internal sealed record YearGuard(int Year, ETag ETag);

/// <summary>Table access for meetings. Every multi-row write is one batch inside the stuurgroep's partition.</summary>
internal sealed class MeetingStore(ITableClientProvider tables)
{
    public async Task<StoredMeeting?> GetAsync(string meetingId, CancellationToken ct)
    {
        var group = MeetingRecord.SteeringGroupOf(meetingId);
        if (group.Length == 0 || !TableKey.IsValid(MeetingEntities.MeetingRow(meetingId)))
        {
            return null;
        }

        var entity = await (await Table(ct)).GetEntityOrNullAsync(MeetingEntities.Partition(group), MeetingEntities.MeetingRow(meetingId), cancellationToken: ct);
        return entity is null ? null : new StoredMeeting(MeetingEntities.ToMeeting(entity), entity.ETag);
    }

    public async Task<IReadOnlyList<MeetingRecord>> GetAllAsync(string steeringGroupId, CancellationToken ct)
    {
        var rows = await QueryPrefixAsync(steeringGroupId, "m|", ct);
        return rows.Select(MeetingEntities.ToMeeting).ToList();
    }

    public async Task<YearGuard> GetYearGuardAsync(string steeringGroupId, int year, CancellationToken ct)
    {
        var entity = await (await Table(ct)).GetEntityOrNullAsync(MeetingEntities.Partition(steeringGroupId), MeetingEntities.YearRow(year), cancellationToken: ct);
        return new YearGuard(year, entity?.ETag ?? default);
    }

    /// <summary>
    /// Writes the meeting (insert when <paramref name="ifMatch"/> is default, else replace if unchanged) with its audit
    /// event, touching the year guards so a concurrent cap decision in the same year fails with 412/409 and is retried.
    /// </summary>
    public async Task<ETag> WriteAsync(MeetingRecord meeting, ETag ifMatch, IEnumerable<YearGuard> guards, TableEntity auditEvent, CancellationToken ct)
    {
        var partition = MeetingEntities.Partition(meeting.SteeringGroupId);
        var actions = new List<TableTransactionAction>
        {
            ifMatch == default
                ? new TableTransactionAction(TableTransactionActionType.Add, MeetingEntities.ToEntity(meeting))
                : new TableTransactionAction(TableTransactionActionType.UpdateReplace, MeetingEntities.ToEntity(meeting), ifMatch),
        };
        foreach (var guard in guards.DistinctBy(g => g.Year))
        {
            var row = new TableEntity(partition, MeetingEntities.YearRow(guard.Year)) { ["TouchedBy"] = meeting.Id };
            actions.Add(guard.ETag == default
                ? new TableTransactionAction(TableTransactionActionType.Add, row)
                : new TableTransactionAction(TableTransactionActionType.UpdateReplace, row, guard.ETag));
        }

        actions.Add(new TableTransactionAction(TableTransactionActionType.UpsertReplace, auditEvent));
        var etags = (await (await Table(ct)).SubmitTransactionAsync(actions, ct)).ETags();
        return etags[0];
    }

    /// <summary>
    /// Stores a person's answer with the audit event of the activity, in one batch that inserts the event: a redelivered
    /// activity (event already there, 409) writes nothing and returns false, also when a newer answer came in between.
    /// </summary>
    public async Task<bool> SetRsvpAsync(string steeringGroupId, string meetingId, string personId, string name, Rsvp answer, DateTimeOffset at, TableEntity auditEvent, CancellationToken ct) =>
        await WriteOnceAsync(auditEvent, MeetingEntities.ToRsvp(steeringGroupId, meetingId, personId, name, answer, at), ct);

    /// <summary>Has the activity behind <paramref name="key"/> already changed this meeting (its audit event is stored)?</summary>
    public async Task<bool> HasEventAsync(string steeringGroupId, string meetingId, string key, CancellationToken ct) =>
        await (await Table(ct)).GetEntityOrNullAsync(MeetingEntities.Partition(steeringGroupId), MeetingEntities.EventRow(meetingId, key), cancellationToken: ct) is not null;

    public async Task<IReadOnlyDictionary<string, (string Name, Rsvp Answer)>> GetRsvpsAsync(string steeringGroupId, string meetingId, CancellationToken ct)
    {
        var prefix = MeetingEntities.RsvpPrefix(meetingId);
        var rows = await QueryPrefixAsync(steeringGroupId, prefix, ct);
        return rows.ToDictionary(
            r => r.RowKey[prefix.Length..],
            r => (r.GetString("Name") ?? string.Empty, Enum.Parse<Rsvp>(r.GetString("Answer") ?? nameof(Rsvp.Afwezig))),
            StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Like <see cref="SetRsvpAsync"/>, for the answers to a time poll.</summary>
    public async Task<bool> SetAnswersAsync(
        string steeringGroupId, string meetingId, string personId, string name, IReadOnlyDictionary<string, Availability> answers, DateTimeOffset at, TableEntity auditEvent, CancellationToken ct) =>
        await WriteOnceAsync(auditEvent, MeetingEntities.ToAnswers(steeringGroupId, meetingId, personId, name, answers, at), ct);

    private async Task<bool> WriteOnceAsync(TableEntity auditEvent, TableEntity row, CancellationToken ct)
    {
        try
        {
            await (await Table(ct)).SubmitTransactionAsync(
                [new TableTransactionAction(TableTransactionActionType.Add, auditEvent), new TableTransactionAction(TableTransactionActionType.UpsertReplace, row)], ct);
            return true;
        }
        catch (TableTransactionFailedException ex) when (ex.Status == 409 && ex.FailedTransactionActionIndex == 0)
        {
            return false;
        }
    }

    public async Task<IReadOnlyList<SlotAnswer>> GetAnswersAsync(string steeringGroupId, string meetingId, CancellationToken ct)
    {
        var rows = await QueryPrefixAsync(steeringGroupId, MeetingEntities.AnswerPrefix(meetingId), ct);
        return rows.SelectMany(r => MeetingEntities.ToSlotAnswers(r, meetingId)).ToList();
    }

    /// <summary>Inserts a marker row; false when it already existed (the work was done before).</summary>
    public async Task<bool> TryMarkAsync(string steeringGroupId, string rowKey, CancellationToken ct)
    {
        try
        {
            await (await Table(ct)).AddEntityAsync(new TableEntity(MeetingEntities.Partition(steeringGroupId), rowKey), ct);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    public async Task UnmarkAsync(string steeringGroupId, string rowKey, CancellationToken ct) =>
        await (await Table(ct)).DeleteEntityAsync(MeetingEntities.Partition(steeringGroupId), rowKey, ETag.All, ct);

    private async Task<List<TableEntity>> QueryPrefixAsync(string steeringGroupId, string prefix, CancellationToken ct)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {MeetingEntities.Partition(steeringGroupId)} and RowKey ge {prefix} and RowKey lt {prefix + "~"}");
        var rows = new List<TableEntity>();
        await foreach (var entity in (await Table(ct)).QueryAsync<TableEntity>(filter, cancellationToken: ct))
        {
            rows.Add(entity);
        }

        return rows;
    }

    private Task<TableClient> Table(CancellationToken ct) => tables.GetTableAsync(MeetingEntities.TableName, ct);
}
