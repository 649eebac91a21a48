namespace CoopBot.Cards;

/// <summary><c>Input.Date</c>: a date picker; values are written as <c>yyyy-MM-dd</c>.</summary>
public sealed record InputDate : CardInput
{
    /// <summary>Creates the input; <paramref name="id"/> is the key of its value in the action data.</summary>
    public InputDate(string id)
        : base(id)
    {
    }

    /// <summary>Initial value.</summary>
    public DateOnly? Value { get; init; }

    /// <summary>Earliest allowed date.</summary>
    public DateOnly? Min { get; init; }

    /// <summary>Latest allowed date.</summary>
    public DateOnly? Max { get; init; }

    /// <summary>Hint shown while empty.</summary>
    public string? Placeholder { get; init; }
}
