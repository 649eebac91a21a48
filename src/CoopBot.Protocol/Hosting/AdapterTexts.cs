namespace CoopBot.Protocol.Hosting;

/// <summary>User-facing (Dutch) texts of the adapter.</summary>
internal static class AdapterTexts
{
    public const string InvokeTimeout = "CoopBot antwoordde niet op tijd. Probeer het zo meteen opnieuw.";

    public const string InvalidIdentifiers = "Deze actie bevat ongeldige gegevens en werd niet uitgevoerd. Open het bericht opnieuw en probeer het nog eens.";
}
