namespace CoopBot.Cli.Teams;

/// <summary>Registers the Teams app package commands in the CLI table.</summary>
internal static class TeamsCommands
{
    public static void Register(CliCommands commands)
    {
        commands.Add(new CliCommand(
            "teams package", "[--app-id <guid>] [--domain <host>] [--tab-client-id <guid>] [--out coopbot.zip] [--manifest-dir manifest]",
            "Bouw het Teams-app-pakket; app-id en domein komen uit de opties of uit de omgevingsvariabelen MicrosoftAppId en BotDomain (tab-SSO: Tab__ClientId, anders de app-id).",
            "Build the Teams app package; app id and domain come from the options or the environment variables MicrosoftAppId and BotDomain (tab SSO: Tab__ClientId, else the app id).",
            ["app-id", "domain", "tab-client-id", "out", "manifest-dir"], [], TeamsPackageCommand.Run));
        commands.Add(new CliCommand(
            "teams icons", "[--manifest-dir manifest]",
            "Teken color.png (192×192) en outline.png (32×32) opnieuw in de manifestmap.",
            "Redraw color.png (192×192) and outline.png (32×32) in the manifest folder.",
            ["manifest-dir"], [], TeamsIconsCommand.Run));
    }

    /// <summary>The --manifest-dir option, else the repository's manifest folder.</summary>
    public static string ManifestFolder(CliArguments arguments) =>
        arguments.Option("manifest-dir") ?? TeamsAppSources.RepositoryFolder()
        ?? throw new CliUsageException(CliTexts.NoManifestFolder);
}
