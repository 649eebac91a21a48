using System.Text.Json;

namespace CoopBot.Protocol.Schema;

public partial class Activity
{
    /// <summary>The mention entities of this activity (entity type compared case-insensitively).</summary>
    public IReadOnlyList<Mention> GetMentions()
    {
        if (Entities is null)
        {
            return [];
        }

        var mentions = new List<Mention>();
        foreach (var entity in Entities)
        {
            // JSON allows null entries in the array ("entities": [null]); they carry nothing.
            if (entity is not null && string.Equals(entity.Type, Mention.EntityType, StringComparison.OrdinalIgnoreCase)
                && TryRead<Mention>(entity) is { } mention)
            {
                mentions.Add(mention);
            }
        }

        return mentions;
    }

    /// <summary>
    /// Removes the bot's own @mention from <see cref="Text"/> and returns the new text (Bot Framework
    /// <c>RemoveRecipientMention</c> semantics, which also updates <see cref="Text"/>): for every mention of
    /// <see cref="Recipient"/>, its entity text is removed case-insensitively, falling back to
    /// <c>&lt;at&gt;{name}&lt;/at&gt;</c> when the entity has no text; the result is trimmed.
    /// </summary>
    public string? RemoveRecipientMention()
    {
        if (Text is null || Recipient?.Id is not { } botId)
        {
            return Text;
        }

        var text = Text;
        foreach (var mention in GetMentions())
        {
            if (mention.Mentioned?.Id != botId)
            {
                continue;
            }

            var mentionText = mention.Text ?? $"<at>{mention.Mentioned.Name}</at>";
            if (mentionText.Length > 0)
            {
                text = text.Replace(mentionText, string.Empty, StringComparison.OrdinalIgnoreCase);
            }
        }

        Text = text.Trim();
        return Text;
    }

    /// <summary>
    /// Reads <see cref="ChannelData"/> as Teams channel data. Never null: absent or malformed channel data
    /// gives an empty instance.
    /// </summary>
    public TeamsChannelData GetTeamsChannelData() =>
        ChannelData is { ValueKind: JsonValueKind.Object } json
            ? TryDeserialize<TeamsChannelData>(json) ?? new TeamsChannelData()
            : new TeamsChannelData();

    /// <summary>
    /// Reads <see cref="Value"/> as <typeparamref name="T"/>; null when there is no value or it does not fit,
    /// so malformed input never throws.
    /// </summary>
    public T? GetValueAs<T>()
        where T : class =>
        Value is { ValueKind: JsonValueKind.Object or JsonValueKind.Array } json ? TryDeserialize<T>(json) : null;

    /// <summary>The tenant of this activity: <c>conversation.tenantId</c>, else <c>channelData.tenant.id</c>.</summary>
    public string? GetTenantId() => Conversation?.TenantId ?? GetTeamsChannelData().Tenant?.Id;

    private static T? TryRead<T>(Entity entity)
        where T : class
    {
        try
        {
            return entity.GetAs<T>();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static T? TryDeserialize<T>(JsonElement json)
        where T : class
    {
        try
        {
            return json.Deserialize<T>(ProtocolJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
