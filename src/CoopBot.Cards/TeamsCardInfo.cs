using System.Text.Json.Serialization;

namespace CoopBot.Cards;

/// <summary>The Teams extension object written as <c>msteams</c> on the card root.</summary>
public sealed record TeamsCardInfo
{
    /// <summary><c>{"width": "Full"}</c>: Teams stretches the card to the full message width.</summary>
    public static TeamsCardInfo FullWidth { get; } = new() { Width = TeamsCardWidth.Full };

    /// <summary>Card width in the Teams message.</summary>
    public TeamsCardWidth? Width { get; init; }
}

/// <summary>Width options of <see cref="TeamsCardInfo"/>; Teams documents the value as <c>"Full"</c>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TeamsCardWidth>))]
public enum TeamsCardWidth
{
    /// <summary>Use the full message width.</summary>
    Full,
}
