using System.Globalization;
using System.Text.Json.Nodes;
using CoopBot.Cli;
using CoopBot.IntegrationTests.Infrastructure;
using CoopBot.Testing;

namespace CoopBot.IntegrationTests.Meetings;

/// <summary>The CLI's "meetings report" over the same storage the bot wrote.</summary>
[Collection(AzuriteShared.Collection)]
public sealed class MeetingsReportTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task MeetingsReport_ListsPerGroupAndYear_FlagsEndedYearsWithoutMeeting()
    {
        await using var app = await CoopBotApp.StartAsync(azurite.Server);
        var flow = new MeetingFlow(app);
        var year = DateTime.UtcNow.Year;
        await flow.ScheduleMeetingAsync(new DateTime(year + 1, 3, 9, 14, 0, 0));
        var cancelled = await flow.ScheduleMeetingAsync(new DateTime(year + 1, 10, 5, 14, 0, 0));
        await flow.InvokeAsync(DemoUser.Chair, "meetings.cancel", new JsonObject { ["meetingId"] = cancelled });
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = CliCommands.CreateDefault().Run(
            ["meetings", "report", "--from", (year - 1).ToString(CultureInfo.InvariantCulture), "--connection", azurite.Server.ConnectionString, "--prefix", app.TablePrefix],
            output,
            error);

        var report = output.ToString();
        Assert.Equal(0, exit);
        Assert.Contains("Stuurgroep Basisinfrastructuur Digitale Bibliotheek (basisinfrastructuur)", report, StringComparison.Ordinal);
        Assert.Contains($"  {year - 1}: gepland 0, gehouden 0, geannuleerd 0  GEEN VERGADERING GEHOUDEN: In {year - 1} is de stuurgroep niet samengekomen.", report, StringComparison.Ordinal);
        Assert.Contains($"  {year}: gepland 0, gehouden 0, geannuleerd 0{Environment.NewLine}", report, StringComparison.Ordinal);
        Assert.Contains($"  {year + 1}: gepland 1, gehouden 0, geannuleerd 1", report, StringComparison.Ordinal);
        Assert.Contains("4 afgelopen jaar/jaren zonder gehouden vergadering.", report, StringComparison.Ordinal);
    }
}
