using CoopBot.Domain.Common;

namespace CoopBot.Domain.Amounts;

/// <summary>Why a typed amount was refused: stable codes with the Dutch explanation shown to the user.</summary>
public static class AmountRejections
{
    private const string Example = "Typ bijvoorbeeld 85.000 of 85.000,50 (in euro, excl. btw).";

    public static Rejection Empty { get; } = new("bedrag.leeg", "Geef een bedrag in. " + Example);

    public static Rejection Unreadable { get; } = new("bedrag.onleesbaar", "Dit is geen bedrag dat ik kan lezen. " + Example);

    public static Rejection Negative { get; } = new("bedrag.negatief", "Een bedrag kan niet negatief zijn.");

    public static Rejection Zero { get; } = new(
        "bedrag.nul", "Een financiële verbintenis van € 0,00 hoeft niet beslist te worden. Geef een bedrag groter dan nul in.");

    public static Rejection InclVat { get; } = new(
        "bedrag.incl-btw", "Geef het bedrag exclusief btw in: de drempelbedragen van de stuurgroep gelden excl. btw.");

    public static Rejection UsNotation { get; } = new(
        "bedrag.amerikaans",
        "Dit lijkt een Engelse schrijfwijze. Gebruik een punt voor duizendtallen en een komma voor decimalen, bijvoorbeeld 1.234,56.");

    public static Rejection MixedSeparators { get; } = new(
        "bedrag.gemengd", "Gebruik voor duizendtallen ofwel punten ofwel spaties, niet allebei: bijvoorbeeld 1.234.567 of 1 234 567.");

    public static Rejection BadGrouping { get; } = new(
        "bedrag.groepering", "Een punt of spatie scheidt duizendtallen in groepjes van drie cijfers, bijvoorbeeld 85.000 of 1.250.000.");

    public static Rejection TooLarge(Money max) => new(
        "bedrag.te-groot", $"Dat bedrag is te groot: het maximum is {max}. Controleer het aantal nullen.");

    /// <summary>"85.50": a dot followed by one or two digits could be a decimal point; we do not guess.</summary>
    public static Rejection AmbiguousDot(string suggestion) => new(
        "bedrag.punt-dubbelzinnig",
        $"Een punt gebruiken we voor duizendtallen (85.000). Bedoel je decimalen? Schrijf dan een komma: {suggestion}.");

    public static Rejection TooManyDecimals(string? thousandsSuggestion) => new(
        "bedrag.te-veel-decimalen",
        "Een bedrag heeft hoogstens 2 cijfers na de komma (eurocent)."
        + (thousandsSuggestion is null ? string.Empty : $" Bedoel je duizendtallen? Schrijf dan {thousandsSuggestion}."));
}
