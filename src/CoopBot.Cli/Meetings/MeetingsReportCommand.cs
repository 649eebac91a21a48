using System.Globalization;
using CoopBot.Meetings;
using CoopBot.Registry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CoopBot.Cli.Meetings;

/// <summary>
/// <c>meetings report</c>: reads through the bot's own registry and meeting services (never around them). Storage comes
/// from <c>--connection</c>/<c>--prefix</c> or, like the bot, from <c>Storage__ConnectionString</c>/<c>Storage__TablePrefix</c>.
/// </summary>
internal static class MeetingsReportCommand
{
    public static int Run(CliInvocation invocation)
    {
        invocation.Arguments.ExpectPositional(0, "meetings report [--from <jaar>] [--connection <storage>] [--prefix <tabelprefix>]");
        var from = invocation.Arguments.Option("from") is null ? (int?)null : invocation.Arguments.IntOption("from", 0, 2000);
        using var services = Services(invocation.Arguments);
        var lines = services.GetRequiredService<MeetingReport>().BuildAsync(from, CancellationToken.None).GetAwaiter().GetResult();
        foreach (var group in lines.GroupBy(l => (l.SteeringGroupId, l.SteeringGroupName)))
        {
            invocation.Out.WriteLine($"{group.Key.SteeringGroupName} ({group.Key.SteeringGroupId})");
            foreach (var line in group)
            {
                var s = line.Summary;
                invocation.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {s.Year}: gepland {s.Planned}, gehouden {s.Held}, geannuleerd {s.Cancelled}{(line.Flagged ? $"  GEEN VERGADERING GEHOUDEN: {s.Remark}" : string.Empty)}"));
            }
        }

        invocation.Out.WriteLine($"{lines.Count(l => l.Flagged)} afgelopen jaar/jaren zonder gehouden vergadering.");
        return CliExitCodes.Success;
    }

    private static ServiceProvider Services(CliArguments arguments)
    {
        var overrides = new Dictionary<string, string?>();
        if (arguments.Option("connection") is { } connection)
        {
            overrides["Storage:ConnectionString"] = connection;
        }

        if (arguments.Option("prefix") is { } prefix)
        {
            overrides["Storage:TablePrefix"] = prefix;
        }

        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().AddInMemoryCollection(overrides).Build();
        var services = new ServiceCollection()
            .AddSingleton(TimeProvider.System)
            .AddTableStorage(configuration);
        services.AddRegistryStore(configuration);
        services.AddSingleton<MeetingStore>();
        services.AddSingleton<MeetingReport>();
        return services.BuildValidatedServiceProvider();
    }
}
