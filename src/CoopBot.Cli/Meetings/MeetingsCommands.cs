namespace CoopBot.Cli.Meetings;

/// <summary>Registers the meetings commands in the CLI table.</summary>
internal static class MeetingsCommands
{
    public static void Register(CliCommands commands) => commands.Add(new CliCommand(
        "meetings report", "[--from <jaar>] [--connection <storage>] [--prefix <tabelprefix>]",
        "Per stuurgroep en jaar: geplande, gehouden en geannuleerde vergaderingen; markeert afgelopen jaren zonder gehouden vergadering.",
        "Per steering group and year: planned, held and cancelled meetings; flags ended years without a meeting held.",
        ["from", "connection", "prefix"], [], MeetingsReportCommand.Run));
}
