using System.Text.Json;
using Azure.Data.Tables;
using CoopBot.Broadcasts.Contracts;
using CoopBot.Common;
using CoopBot.Storage;

namespace CoopBot.Broadcasts;

/// <summary>
/// Table rows of one broadcast, in partition "b|{broadcast}": "~h" the header (card, title, stats card location) and one
/// "d|{conversation}" row per target. The delivery row is the exactly-once guard: the queue may deliver a message twice,
/// but only the worker whose ETag-guarded claim succeeds sends, and a row marked sent is never sent again.
/// </summary>
internal static class BroadcastEntities
{
    public const string TableName = "Broadcasts";
    public const string HeaderRow = "~h";
    public const string DeliveryPrefix = "d|";

    public static string Partition(string broadcastId) => "b|" + broadcastId;

    public static string DeliveryRow(string conversationId) => DeliveryPrefix + TableKey.Encode(conversationId);

    public static TableEntity ToHeader(BroadcastRequest request, int total, DateTimeOffset at) => new(Partition(request.Id), HeaderRow)
    {
        ["Title"] = request.Title,
        ["Card"] = request.CardJson,
        ["FallbackServiceUrl"] = request.FallbackServiceUrl,
        ["ReportTo"] = request.ReportTo is null ? null : JsonSerializer.Serialize(request.ReportTo, JsonSerializerOptions.Web),
        ["Total"] = total,
        ["CreatedAt"] = at,
    };

    public static CardLocation? StatsCard(TableEntity header) =>
        header.GetString("StatsCard") is { } json ? JsonSerializer.Deserialize<CardLocation>(json, JsonSerializerOptions.Web) : null;

    public static CardLocation? ReportTo(TableEntity header) =>
        header.GetString("ReportTo") is { } json ? JsonSerializer.Deserialize<CardLocation>(json, JsonSerializerOptions.Web) : null;

    public static TableEntity ToDelivery(string broadcastId, BroadcastTarget target) => new(Partition(broadcastId), DeliveryRow(target.ConversationId))
    {
        ["OrganisationId"] = target.OrganisationId,
        ["ConversationId"] = target.ConversationId,
        ["ServiceUrl"] = target.ServiceUrl,
        ["TenantId"] = target.TenantId,
        ["Status"] = nameof(DeliveryStatus.Pending),
        ["Attempts"] = 0,
    };

    public static DeliveryStatus Status(TableEntity delivery) => Enum.Parse<DeliveryStatus>(delivery.GetString("Status") ?? nameof(DeliveryStatus.Pending));
}
