using Azure.Data.Tables;

namespace CoopBot.Common;

/// <summary>
/// The one table mapping of a <see cref="CardLocation"/>: which columns of a row hold it. The column names are stored
/// data and never change; a feature whose rows name them differently (tickets) says so with its own instance.
/// The card exists when its activity id column is set.
/// </summary>
internal sealed record CardLocationColumns(string ServiceUrl, string ConversationId, string ActivityId, string? ChannelId, string? TenantId)
{
    /// <summary>The columns of decisions and submissions.</summary>
    public static CardLocationColumns Standard { get; } = new("ServiceUrl", "ConversationId", "CardActivityId", "ChannelId", "TenantId");

    /// <summary>Writes the card's columns; a row without a card gets none (Add and Replace store no property for them).</summary>
    public void Write(TableEntity entity, CardLocation? card)
    {
        if (card is null)
        {
            return;
        }

        entity[ServiceUrl] = card.ServiceUrl;
        entity[ConversationId] = card.ConversationId;
        entity[ActivityId] = card.ActivityId;
        if (ChannelId is not null)
        {
            entity[ChannelId] = card.ChannelId;
        }

        if (TenantId is not null)
        {
            entity[TenantId] = card.TenantId;
        }
    }

    /// <summary>The card of a row, or null when it has none. <paramref name="tenantId"/> stands in where no tenant column is mapped.</summary>
    public CardLocation? Read(TableEntity entity, string? tenantId = null) =>
        entity.GetString(ActivityId) is { } activityId
            ? new CardLocation(
                entity.GetString(ServiceUrl)!,
                entity.GetString(ConversationId)!,
                activityId,
                ChannelId is null ? null : entity.GetString(ChannelId),
                TenantId is null ? tenantId : entity.GetString(TenantId))
            : null;
}
