namespace CoopBot.Cards;

/// <summary><c>Input.Text</c>: free text, e.g. a comment or a motivation.</summary>
public sealed record InputText : CardInput
{
    /// <summary>Creates the input; <paramref name="id"/> is the key of its value in the action data.</summary>
    public InputText(string id)
        : base(id)
    {
    }

    /// <summary>Hint shown while empty.</summary>
    public string? Placeholder { get; init; }

    /// <summary>Allows several lines.</summary>
    public bool? IsMultiline { get; init; }

    /// <summary>Maximum length in characters.</summary>
    public int? MaxLength { get; init; }

    /// <summary>Initial value.</summary>
    public string? Value { get; init; }

    /// <summary>Regular expression the value must match (AC 1.3).</summary>
    public string? Regex { get; init; }

    /// <summary>Keyboard and validation hint.</summary>
    public TextInputStyle? Style { get; init; }
}
