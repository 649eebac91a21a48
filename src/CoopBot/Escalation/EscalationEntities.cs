using System.Text.Json;
using Azure.Data.Tables;
using CoopBot.Common;
using CoopBot.Domain.Amounts;
using CoopBot.Domain.Escalation;
using CoopBot.Storage;

namespace CoopBot.Escalation;

/// <summary>
/// Table rows of one escalation, all in one partition (PartitionKey = poll id): "~state" is the current state (ETag-guarded),
/// "~evt|…" rows are the append-only audit events (keyed by the causing activity, so a retry writes once), "~card|…" rows
/// remember where confirmation cards were posted, and "~sent|…" rows mark reminders that went out.
/// </summary>
internal static class EscalationEntities
{
    public const string TableName = "Escalations";
    public const string StateRowKey = "~state";
    public const string EventPrefix = "~evt|";
    public const string CardPrefix = "~card|";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    public static TableEntity ToEntity(EscalationRecord record)
    {
        var state = record.State;
        return new TableEntity(state.ProposalId, StateRowKey)
        {
            ["SteeringGroupId"] = record.SteeringGroupId,
            ["Year"] = record.Year,
            ["Confidential"] = record.Confidential,
            ["Kind"] = state.Kind.ToString(),
            ["AmountCents"] = state.Amount.Cents,
            ["Tier"] = state.Tier.ToString(),
            ["Status"] = state.Status.ToString(),
            ["Confirmed"] = string.Join(',', state.Confirmed.Order()),
            ["PendingSince"] = state.PendingSince,
            ["RefusedBy"] = state.RefusedBy?.ToString(),
            ["RefusalReason"] = state.RefusalReason,
            ["Budget"] = record.Budget is null ? null : JsonSerializer.Serialize(record.Budget, Json),
            ["BodyDecisions"] = JsonSerializer.Serialize(record.BodyDecisions, Json),
        };
    }

    public static EscalationRecord ToRecord(TableEntity e)
    {
        var confirmed = (e.GetString("Confirmed") ?? string.Empty)
            .Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<ConfirmingBody>).ToHashSet();
        var state = new EscalationState(
            e.PartitionKey,
            Enum.Parse<CommitmentKind>(e.GetString("Kind") ?? nameof(CommitmentKind.FinancieleVerbintenis)),
            Money.FromCents(e.GetInt64Widened("AmountCents") ?? 0),
            Enum.Parse<EscalationTier>(e.GetString("Tier") ?? nameof(EscalationTier.StuurgroepAlone)),
            Enum.Parse<EscalationStatus>(e.GetString("Status") ?? nameof(EscalationStatus.Concept)),
            confirmed,
            e.GetDateTimeOffset("PendingSince"),
            e.GetString("RefusedBy") is { } body ? Enum.Parse<ConfirmingBody>(body) : null,
            e.GetString("RefusalReason"));
        var budget = e.GetString("Budget") is { } json ? JsonSerializer.Deserialize<BudgetNote>(json, Json) : null;
        var decisions = JsonSerializer.Deserialize<List<BodyDecision>>(e.GetString("BodyDecisions") ?? "[]", Json) ?? [];
        return new EscalationRecord(state, e.GetString("SteeringGroupId") ?? string.Empty, e.GetInt32("Year") ?? 0, e.GetBoolean("Confidential") ?? false, budget, decisions);
    }

    public static TableEntity ToEntity(string pollId, EscalationEvent evt) => new(pollId, EventPrefix + TableKey.Encode(evt.Key))
    {
        ["Type"] = evt.Type,
        ["ActorId"] = evt.ActorId,
        ["ActorName"] = evt.ActorName,
        ["At"] = evt.At,
        ["From"] = evt.From?.ToString(),
        ["To"] = evt.To?.ToString(),
        ["Body"] = evt.Body?.ToString(),
        ["Reason"] = evt.Reason,
    };

    public static EscalationEvent ToEvent(TableEntity e) => new(
        TableKey.Decode(e.RowKey[EventPrefix.Length..]),
        e.GetString("Type") ?? string.Empty,
        e.GetString("ActorId") ?? string.Empty,
        e.GetString("ActorName") ?? string.Empty,
        e.GetDateTimeOffset("At") ?? DateTimeOffset.MinValue,
        e.GetString("From") is { } from ? Enum.Parse<EscalationStatus>(from) : null,
        e.GetString("To") is { } to ? Enum.Parse<EscalationStatus>(to) : null,
        e.GetString("Body") is { } body ? Enum.Parse<ConfirmingBody>(body) : null,
        e.GetString("Reason"));

    public static TableEntity ToEntity(string pollId, ConfirmingBody body, CardLocation card) =>
        new(pollId, $"{CardPrefix}{body}|{TableKey.Encode(card.ConversationId)}")
        {
            ["Body"] = body.ToString(),
            ["ServiceUrl"] = card.ServiceUrl,
            ["ConversationId"] = card.ConversationId,
            ["ActivityId"] = card.ActivityId,
            ["TenantId"] = card.TenantId,
        };

    public static (ConfirmingBody Body, CardLocation Card) ToCard(TableEntity e) => (
        Enum.Parse<ConfirmingBody>(e.GetString("Body")!),
        new CardLocation(e.GetString("ServiceUrl")!, e.GetString("ConversationId")!, e.GetString("ActivityId")!, null, e.GetString("TenantId")));
}
