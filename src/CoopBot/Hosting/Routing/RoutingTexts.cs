namespace CoopBot.Hosting.Routing;

/// <summary>Dutch replies of the router itself.</summary>
internal static class RoutingTexts
{
    public const string MalformedAction = "Deze kaart stuurde onvolledige gegevens. Vernieuw de kaart en probeer opnieuw.";
    public const string UnknownAction = "Deze actie kent CoopBot niet (meer). Vernieuw de kaart en probeer opnieuw.";
    public const string UnknownComposeCommand = "Deze opdracht van CoopBot bestaat niet (meer). Werk de app bij of kies een andere opdracht.";
    public const string NotAnExecuteAction = "Deze kaartactie wordt niet ondersteund.";
}
