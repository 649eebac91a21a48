namespace CoopBot.Cli.Teams;

/// <summary><c>teams icons</c>: redraws both icons from <see cref="TeamsIcons"/> with the template's accent colour.</summary>
internal static class TeamsIconsCommand
{
    public static int Run(CliInvocation invocation)
    {
        invocation.Arguments.ExpectPositional(0, "teams icons [--manifest-dir manifest]");
        var sources = TeamsAppSources.Load(TeamsCommands.ManifestFolder(invocation.Arguments));
        var color = Path.Combine(sources.Folder, sources.ColorIconFile);
        var outline = Path.Combine(sources.Folder, sources.OutlineIconFile);
        File.WriteAllBytes(color, TeamsIcons.ColorPng(sources.AccentColor));
        File.WriteAllBytes(outline, TeamsIcons.OutlinePng());
        invocation.Out.WriteLine($"{color} ({TeamsIcons.ColorSize}×{TeamsIcons.ColorSize}) en {outline} ({TeamsIcons.OutlineSize}×{TeamsIcons.OutlineSize}) getekend.");
        return CliExitCodes.Success;
    }
}
