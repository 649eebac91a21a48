using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace CoopBot.Cards;

/// <summary>
/// The card's <c>refresh</c>: Teams invokes <see cref="Action"/> (trigger "automatic") when one of
/// <see cref="UserIds"/> views the card, and shows that user the card the bot returns.
/// </summary>
/// <remarks>
/// <see cref="UserIds"/> semantics in Teams: <c>null</c> (omitted) refreshes everyone in chats of at most 60 members;
/// an empty list offers only the manual "Refresh card" menu item; otherwise at most <see cref="MaxUserIds"/> MRIs.
/// Beyond 60 users the caller must choose another design (e.g. a manual "Vernieuwen" button), so more ids throw.
/// </remarks>
public sealed record Refresh
{
    /// <summary>Teams' limit on automatically refreshed users.</summary>
    public const int MaxUserIds = 60;

    private readonly IReadOnlyList<string>? _userIds;

    /// <summary>Creates an empty refresh; set <see cref="Action"/>.</summary>
    public Refresh()
    {
    }

    /// <summary>Creates a refresh running <paramref name="action"/> for <paramref name="userIds"/>.</summary>
    /// <exception cref="ArgumentException">More than <see cref="MaxUserIds"/> ids, or a blank id.</exception>
    [SetsRequiredMembers]
    public Refresh(ActionExecute action, IEnumerable<string>? userIds = null)
    {
        Action = action;
        UserIds = userIds?.ToList();
    }

    /// <summary>The Action.Execute Teams invokes to get the refreshed card.</summary>
    [JsonIgnore]
    public required ActionExecute Action { get; init; }

    /// <summary>User MRIs (<c>29:…</c>) whose clients refresh automatically; kept as an empty list when empty.</summary>
    /// <exception cref="ArgumentException">More than <see cref="MaxUserIds"/> ids, or a blank id.</exception>
    public IReadOnlyList<string>? UserIds
    {
        get => _userIds;
        init => _userIds = Validate(value);
    }

    // Written through the polymorphic base so the JSON carries "type": "Action.Execute".
    [JsonInclude]
    [JsonPropertyName("action")]
    [JsonPropertyOrder(-1)]
    private CardAction SerializedAction => Action;

    private static IReadOnlyList<string>? Validate(IReadOnlyList<string>? userIds)
    {
        if (userIds is null)
        {
            return null;
        }

        if (userIds.Count > MaxUserIds)
        {
            throw new ArgumentException(
                $"Refresh.userIds has {userIds.Count} ids but Teams refreshes at most {MaxUserIds} users automatically; " +
                "pass fewer ids, null (everyone in chats of at most 60 members) or an empty list with a manual refresh button.",
                nameof(userIds));
        }

        if (userIds.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("Refresh.userIds contains a blank id.", nameof(userIds));
        }

        return [.. userIds];
    }
}
