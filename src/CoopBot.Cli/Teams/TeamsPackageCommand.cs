namespace CoopBot.Cli.Teams;

/// <summary><c>teams package</c>: writes coopbot.zip for one deployment.</summary>
internal static class TeamsPackageCommand
{
    /// <summary>Environment variables read when the options are absent; the ARM template outputs the same names.</summary>
    public const string AppIdVariable = "MicrosoftAppId";
    public const string DomainVariable = "BotDomain";
    public const string TabClientIdVariable = "Tab__ClientId";

    public static int Run(CliInvocation invocation)
    {
        var arguments = invocation.Arguments;
        arguments.ExpectPositional(0, "teams package [--app-id <guid>] [--domain <host>] [--tab-client-id <guid>] [--out coopbot.zip]");
        var appIdText = arguments.Option("app-id") ?? Environment.GetEnvironmentVariable(AppIdVariable);
        if (!Guid.TryParse(appIdText, out var appId) || appId == Guid.Empty)
        {
            invocation.Error.WriteLine(CliTexts.InvalidAppId(AppIdVariable));
            return CliExitCodes.Failure;
        }

        var domain = arguments.Option("domain") ?? Environment.GetEnvironmentVariable(DomainVariable);
        if (string.IsNullOrWhiteSpace(domain) || Uri.CheckHostName(domain) != UriHostNameType.Dns)
        {
            invocation.Error.WriteLine(CliTexts.InvalidDomain(DomainVariable));
            return CliExitCodes.Failure;
        }

        var tabText = arguments.Option("tab-client-id") ?? Environment.GetEnvironmentVariable(TabClientIdVariable);
        Guid? tabClientId = Guid.TryParse(tabText, out var tab) && tab != Guid.Empty ? tab : null;
        if (!string.IsNullOrWhiteSpace(tabText) && tabClientId is null)
        {
            invocation.Error.WriteLine(CliTexts.InvalidTabClientId(TabClientIdVariable));
            return CliExitCodes.Failure;
        }

        var sources = TeamsAppSources.Load(TeamsCommands.ManifestFolder(arguments));
        var output = Path.GetFullPath(arguments.Option("out") ?? "coopbot.zip");
        using (var file = File.Create(output))
        {
            TeamsPackage.Write(file, sources, appId, domain.ToLowerInvariant(), tabClientId);
        }

        invocation.Out.WriteLine($"{output}: app-id {appId:D}, domein {domain.ToLowerInvariant()}, {sources.Commands.Count} opdrachten.");
        return CliExitCodes.Success;
    }
}
