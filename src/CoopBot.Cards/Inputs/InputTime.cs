using System.Text.Json.Serialization;

namespace CoopBot.Cards;

/// <summary><c>Input.Time</c>: a time picker; values are written as <c>HH:mm</c>, the only form the schema accepts.</summary>
public sealed record InputTime : CardInput
{
    /// <summary>Creates the input; <paramref name="id"/> is the key of its value in the action data.</summary>
    public InputTime(string id)
        : base(id)
    {
    }

    /// <summary>Initial value.</summary>
    [JsonConverter(typeof(HourMinuteConverter))]
    public TimeOnly? Value { get; init; }

    /// <summary>Earliest allowed time.</summary>
    [JsonConverter(typeof(HourMinuteConverter))]
    public TimeOnly? Min { get; init; }

    /// <summary>Latest allowed time.</summary>
    [JsonConverter(typeof(HourMinuteConverter))]
    public TimeOnly? Max { get; init; }

    /// <summary>Hint shown while empty.</summary>
    public string? Placeholder { get; init; }
}
