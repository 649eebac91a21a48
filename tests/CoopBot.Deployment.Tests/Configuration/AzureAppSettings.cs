namespace CoopBot.Deployment.Tests.Configuration;

/// <summary>
/// The one place that says how the ARM template's app settings relate to <see cref="BoundConfigurationKeys"/>:
/// every bound key is either set by infra/azuredeploy.json or listed in <see cref="NotSetInAzure"/> with the reason;
/// every app setting is either a bound key or listed in <see cref="ReadByThePlatform"/>.
/// </summary>
public static class AzureAppSettings
{
    private const string EmbeddedDefault = "The embedded default is the production value (see the README configuration table).";
    private const string GraphCliOnly = "Set by the admin for the CLI (registry check-teams) and, optionally, the bot's meeting calendar events; empty means no Graph.";
    private const string TabSso = "Set after the tab's SSO app registration (README 'In productie nemen'); empty = the tab has no Teams sign-in.";
    private const string PublicCloud = "Public-cloud default from AuthenticationConstants; only sovereign clouds or tests change it.";

    public static readonly IReadOnlyDictionary<string, string> NotSetInAzure = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["MicrosoftAppPassword"] = "UserAssignedMSI: the bot's identity is the managed identity, there is no client secret.",
        ["ToBotFromChannelOpenIdMetadataUrl"] = PublicCloud,
        ["ToBotFromChannelTokenIssuer"] = PublicCloud,
        ["ToBotFromEmulatorOpenIdMetadataUrl"] = PublicCloud,
        ["OAuthEndpoint"] = PublicCloud,
        ["Bot:MaxRequestBytes"] = EmbeddedDefault,
        ["Bot:InvokeTimeout"] = EmbeddedDefault,
        ["Connector:MaxRetries"] = EmbeddedDefault,
        ["Connector:BaseRetryDelay"] = EmbeddedDefault,
        ["Connector:MaxRetryDelay"] = EmbeddedDefault,
        ["Connector:PerConversationPerSecond"] = EmbeddedDefault,
        ["Connector:GlobalPerSecond"] = EmbeddedDefault,
        ["Storage:ConnectionString"] = "Shared keys are disabled on the account; Storage:TableServiceUri with the managed identity replaces it.",
        ["Storage:TablePrefix"] = "Empty in production; only tests isolate their tables with a prefix.",
        ["Registry:SeatCacheDuration"] = EmbeddedDefault,
        ["Registry:SeedDemoData"] = "Demo data is for Development only; the default is false.",
        ["Registry:DemoPoll"] = "The local loop's demo poll (scripts/run-local.sh); the default is false.",
        ["Decisions:CloseGracePeriod"] = EmbeddedDefault,
        ["Decisions:VoteWriteTimeout"] = EmbeddedDefault,
        ["Decisions:CardUpdateInterval"] = EmbeddedDefault,
        ["Decisions:PollCacheDuration"] = EmbeddedDefault,
        ["Decisions:TimeZone"] = EmbeddedDefault,
        ["Decisions:SingleViewerCards"] = "The Agents Playground's stand-in for per-user views (scripts/run-local.sh); Teams refreshes per user, the default is false.",
        ["Escalation:DirectieThreshold"] = EmbeddedDefault,
        ["Escalation:FinancieelComiteThreshold"] = EmbeddedDefault,
        ["Escalation:RaadVanBestuurThreshold"] = EmbeddedDefault,
        ["Escalation:ReminderAfterDays"] = EmbeddedDefault,
        ["Jobs:PollInterval"] = EmbeddedDefault,
        ["Jobs:LeaseDuration"] = EmbeddedDefault,
        ["Jobs:MaxAttempts"] = EmbeddedDefault,
        ["Jobs:RetryDelay"] = EmbeddedDefault,
        ["Jobs:MaxRetryDelay"] = EmbeddedDefault,
        ["Jobs:Enabled"] = EmbeddedDefault,
        ["Graph:TenantId"] = GraphCliOnly,
        ["Graph:ClientId"] = GraphCliOnly,
        ["Graph:ClientSecret"] = GraphCliOnly,
        ["Graph:BaseUrl"] = GraphCliOnly,
        ["Meetings:TimeZone"] = EmbeddedDefault,
        ["Meetings:OrganizerMailbox"] = "Optional: the mailbox that organises meeting events; empty = meetings on the card only (no Graph).",
        ["Meetings:AgendaLeadTime"] = EmbeddedDefault,
        ["MeetingChat:PublicBaseUrl"] = "Optional: the bot's public https URL for the in-meeting notification page; empty = votes in a meeting chat without the bubble.",
        ["Meetings:AgendaUpdateDelay"] = EmbeddedDefault,
        ["Meetings:YearCheckHour"] = EmbeddedDefault,
        ["Broadcast:Enabled"] = EmbeddedDefault,
        ["Broadcast:QueueName"] = EmbeddedDefault,
        ["Broadcast:VisibilityTimeout"] = EmbeddedDefault,
        ["Broadcast:PollInterval"] = EmbeddedDefault,
        ["Broadcast:MaxAttempts"] = EmbeddedDefault,
        ["Broadcast:MaxConcurrency"] = EmbeddedDefault,
        ["Broadcast:StatsUpdateInterval"] = EmbeddedDefault,
        ["Tab:ClientId"] = TabSso,
        ["Tab:ApplicationIdUri"] = TabSso,
        ["Tab:OpenIdMetadataUrlTemplate"] = PublicCloud,
        ["Tab:SessionLifetime"] = EmbeddedDefault,
        ["Faq:KnowledgeBasePath"] = "Empty: the knowledge base shipped with the bot; a path only when the community manager deploys an edited file.",
    };

    public static readonly IReadOnlyDictionary<string, string> ReadByThePlatform = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["APPLICATIONINSIGHTS_CONNECTION_STRING"] = "Read by App Service's Application Insights agent (auto-instrumentation), not by CoopBot's code.",
        ["ApplicationInsightsAgent_EXTENSION_VERSION"] = "Turns the Application Insights agent on for Linux App Service (~3).",
    };

    /// <summary>An App Service setting name as a configuration key: <c>Bot__AllowedTenantIds__0</c> is <c>Bot:AllowedTenantIds</c>.</summary>
    public static string ToConfigurationKey(string appSettingName)
    {
        var parts = appSettingName.Split("__").ToList();
        if (parts.Count > 1 && int.TryParse(parts[^1], out _))
        {
            parts.RemoveAt(parts.Count - 1);
        }

        return string.Join(':', parts);
    }
}
