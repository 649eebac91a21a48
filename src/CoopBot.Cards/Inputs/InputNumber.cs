namespace CoopBot.Cards;

/// <summary><c>Input.Number</c>: a numeric field.</summary>
public sealed record InputNumber : CardInput
{
    /// <summary>Creates the input; <paramref name="id"/> is the key of its value in the action data.</summary>
    public InputNumber(string id)
        : base(id)
    {
    }

    /// <summary>Initial value.</summary>
    public double? Value { get; init; }

    /// <summary>Lowest allowed value.</summary>
    public double? Min { get; init; }

    /// <summary>Highest allowed value.</summary>
    public double? Max { get; init; }

    /// <summary>Hint shown while empty.</summary>
    public string? Placeholder { get; init; }
}
