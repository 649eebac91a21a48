namespace CoopBot.Decisions.Contracts;

/// <summary>A pre-selection the table applies to register rows before sending them (see <see cref="DecisionRegister.StreamAsync"/>).</summary>
internal sealed record RegisterNarrowing(string? Kind, long? MinAmountCents, long? MaxAmountCents);
