using Azure.Data.Tables;
using CoopBot.Common;
using CoopBot.Domain.Faq;
using CoopBot.Storage;

namespace CoopBot.FaqChat;

/// <summary>
/// Table rows of one ticket, in one partition (PartitionKey = ticket id) so a state change and its audit event
/// commit in one batch: "~ticket" is the ticket, "~evt|…" rows are append-only audit events.
/// </summary>
internal static class TicketEntities
{
    public const string TableName = "FaqTickets";
    public const string TicketRowKey = "~ticket";
    public const string EventPrefix = "~evt|";

    /// <summary>A ticket's card columns: prefixed, without a channel, the tenant is the asker's.</summary>
    private static readonly CardLocationColumns CardColumns = new("CardServiceUrl", "CardConversationId", "CardActivityId", ChannelId: null, TenantId: null);

    public static TableEntity ToEntity(TicketRecord t)
    {
        var e = new TableEntity(t.Id, TicketRowKey)
        {
            ["Question"] = t.Question,
            ["AskerId"] = t.Asker.Id,
            ["AskerName"] = t.Asker.Name,
            ["AskerTeamsUserId"] = t.Asker.TeamsUserId,
            ["AskerServiceUrl"] = t.Asker.ServiceUrl,
            ["TenantId"] = t.Asker.TenantId,
            ["CreatedAt"] = t.CreatedAt,
            ["Status"] = t.State.Status.ToString(),
            ["AssigneeId"] = t.State.AssigneeId,
            ["AssigneeName"] = t.State.AssigneeName,
            ["Answer"] = t.State.Answer,
            ["AnsweredAt"] = t.State.AnsweredAt,
            ["Revision"] = t.Revision,
            ["DeliveredRevision"] = t.DeliveredRevision,
        };
        CardColumns.Write(e, t.Card);
        return e;
    }

    public static TicketRecord ToTicket(TableEntity e)
    {
        var asker = new TicketAsker(e.GetString("AskerId")!, e.GetString("AskerName")!, e.GetString("AskerTeamsUserId")!, e.GetString("AskerServiceUrl")!, e.GetString("TenantId"));
        var state = new TicketState(
            Enum.Parse<TicketStatus>(e.GetString("Status")!),
            e.GetString("AssigneeId"),
            e.GetString("AssigneeName"),
            e.GetString("Answer"),
            e.GetDateTimeOffset("AnsweredAt"));
        var card = CardColumns.Read(e, asker.TenantId);
        return new TicketRecord(e.PartitionKey, e.GetString("Question")!, asker, e.GetDateTimeOffset("CreatedAt")!.Value, state,
            e.GetInt32("Revision") ?? 0, e.GetInt32("DeliveredRevision") ?? 0, card);
    }

    /// <summary>Audit event of one change; keyed by the causing activity, so a retried activity adds nothing twice.</summary>
    public static TableEntity ToEvent(string ticketId, string activityKey, string action, string actorId, TicketState? before, TicketState after, DateTimeOffset at) =>
        new(ticketId, $"{EventPrefix}{TableKey.Encode(activityKey)}")
        {
            ["Action"] = action,
            ["ActorId"] = actorId,
            ["Before"] = before?.Status.ToString(),
            ["After"] = after.Status.ToString(),
            ["At"] = at,
        };
}
