namespace CoopBot.Hosting;

/// <summary>Refuses to start in a configuration that would accept unauthenticated traffic outside Development.</summary>
internal static class StartupChecks
{
    public static string? Problem(WebApplicationBuilder builder)
    {
        var appId = builder.Configuration["MicrosoftAppId"];
        if (string.IsNullOrWhiteSpace(appId) && !builder.Environment.IsDevelopment())
        {
            return "CoopBot start niet: MicrosoftAppId ontbreekt. Buiten Development is een app-registratie verplicht; "
                + "anonieme modus (zonder MicrosoftAppId) kan alleen in Development met een lokale serviceUrl. "
                + $"Huidige omgeving: {builder.Environment.EnvironmentName}.";
        }

        return null;
    }
}
