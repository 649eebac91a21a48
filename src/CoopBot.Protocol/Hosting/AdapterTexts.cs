namespace CoopBot.Protocol.Hosting;

/// <summary>User-facing (Dutch) texts of the adapter.</summary>
internal static class AdapterTexts
{
    public const string InvokeTimeout = "CoopBot antwoordde niet op tijd. Probeer het zo meteen opnieuw.";
}
