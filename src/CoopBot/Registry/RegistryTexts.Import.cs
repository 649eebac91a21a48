namespace CoopBot.Registry;

/// <summary>Dutch messages of the registry import (CSV), shown to the community manager in the tab and the CLI.</summary>
internal static partial class RegistryTexts
{
    public const string EmptyFile = "Het bestand is leeg.";
    public const string ExpectSlug = "kleine letters, cijfers en '-'";
    public const string ExpectName = "1 tot 200 tekens";
    public const string ExpectGuid = "een GUID (Entra object id)";
    public const string ExpectEmail = "een e-mailadres";
    public const string ExpectOrganisation = "een bestaande organisatie (importeer eerst de organisaties)";
    public const string ExpectPerson = "een bestaande persoon (importeer eerst de personen)";
    public const string ExpectYesNo = "ja of nee";
    public const string ExpectDate = "een datum JJJJ-MM-DD";

    public static string UnclosedQuote(int line) => $"regel {line}: aanhalingsteken niet gesloten.";

    public static string FieldCount(int line, int fields, int headerFields) => $"regel {line}: {fields} velden, de kopregel heeft er {headerFields}.";

    public static string UnknownHeader(string expected) => $"regel 1: onbekende kopregel. Verwacht één van: {expected}.";

    public static string DuplicateRow(int line, string what, string key) => $"regel {line}: {what} '{key}' staat meer dan eens in het bestand.";

    public static string UnknownService(int line, string service) =>
        $"regel {line}: dienst '{service}' ken ik niet (gebruik de ids uit 'registry export', bv. open-vlacc).";

    public static string UnknownOrganisation(int line, string organisationId) =>
        $"regel {line}: een lid vertegenwoordigt een bestaande organisatie; '{organisationId}' ken ik niet.";

    public static string TermEndBeforeStart(int line) => $"regel {line}: termEnd moet na termStart liggen.";

    public static string RowRejected(int line, string reason) => $"regel {line}: {reason}";

    public static string Invalid(int line, string column, string value, string expected) => $"regel {line}: {column} '{value}' is ongeldig; verwacht {expected}.";
}
