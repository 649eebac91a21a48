using Azure.Data.Tables;
using CoopBot.Storage;

namespace CoopBot.Common;

/// <summary>
/// Who did what, when, with the state before and after. Never updated or deleted. For anonymous decisions a vote event
/// records only that the actor voted, never the choice.
/// </summary>
public sealed record AuditEvent(string Key, string Type, string Actor, DateTimeOffset At, string? Before, string? After, string? Detail = null);

/// <summary>
/// The one table mapping of an <see cref="AuditEvent"/>: an append-only row in the partition of what it audits (a decision,
/// a submission), its RowKey derived from the causing activity, so a retried activity writes it once.
/// </summary>
internal static class AuditEventRows
{
    /// <summary>RowKey prefix of the audit rows in a partition.</summary>
    public const string Prefix = "~evt|";

    public static TableEntity ToEntity(string partitionKey, AuditEvent evt) => new(partitionKey, Prefix + TableKey.Encode(evt.Key))
    {
        ["Type"] = evt.Type,
        ["Actor"] = evt.Actor,
        ["At"] = evt.At,
        ["Before"] = evt.Before,
        ["After"] = evt.After,
        ["Detail"] = evt.Detail,
    };

    public static AuditEvent FromEntity(TableEntity e) => new(
        TableKey.Decode(e.RowKey[Prefix.Length..]),
        e.GetString("Type") ?? string.Empty,
        e.GetString("Actor") ?? string.Empty,
        e.GetDateTimeOffset("At") ?? DateTimeOffset.MinValue,
        e.GetString("Before"),
        e.GetString("After"),
        e.GetString("Detail"));

    /// <summary>The filter for every audit row of one partition.</summary>
    public static string Filter(string partitionKey) =>
        TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey} and RowKey ge {Prefix} and RowKey lt {Prefix + "~"}");
}
