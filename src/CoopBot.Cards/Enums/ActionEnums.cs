using System.Text.Json.Serialization;

namespace CoopBot.Cards;

/// <summary>Button style (<c>style</c> on actions); lower case like the schema.</summary>
/// <remarks>Teams renders positive and destructive as ordinary buttons on some clients; never carry meaning by style alone.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<ActionStyle>))]
public enum ActionStyle
{
    /// <summary>Ordinary button.</summary>
    [JsonStringEnumMemberName("default")]
    Default,

    /// <summary>Highlighted as the positive choice.</summary>
    [JsonStringEnumMemberName("positive")]
    Positive,

    /// <summary>Highlighted as a destructive choice.</summary>
    [JsonStringEnumMemberName("destructive")]
    Destructive,
}

/// <summary>Which inputs an Action.Execute or Action.Submit collects (<c>associatedInputs</c>, AC 1.3).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AssociatedInputs>))]
public enum AssociatedInputs
{
    /// <summary>Validate and send the inputs of the action's container and its ancestors.</summary>
    [JsonStringEnumMemberName("auto")]
    Auto,

    /// <summary>Send no inputs and skip input validation (e.g. a "Cancel" button).</summary>
    [JsonStringEnumMemberName("none")]
    None,
}
