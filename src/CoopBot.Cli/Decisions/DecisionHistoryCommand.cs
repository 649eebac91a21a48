using CoopBot.Decisions.Contracts;
using System.Globalization;
using CoopBot.Decisions;
using Microsoft.Extensions.DependencyInjection;
using CoopBot.Common;

namespace CoopBot.Cli.Decisions;

/// <summary>
/// <c>decisions history &lt;id&gt;</c>: every audit event of one decision, oldest first. A vote event is a first vote or a
/// change depending on whether the same actor voted before; anonymous decisions never stored the choice.
/// </summary>
internal static class DecisionHistoryCommand
{
    public static int Run(CliInvocation invocation)
    {
        invocation.Arguments.ExpectPositional(1, "decisions history <id|referentie>");
        var typed = invocation.Arguments.Positional[0];
        return CliHost.Run(async () =>
        {
            await using var host = CliHost.Build();
            var decisions = host.Services.GetRequiredService<DecisionService>();
            // Issue 16: a reference (BI-2026-014) works as well as the decision id.
            var pollId = await host.Services.GetRequiredService<DecisionResolver>().ResolveAsync(typed, CancellationToken.None) ?? typed;
            if (await decisions.FindAsync(pollId, CancellationToken.None) is not { } poll)
            {
                await invocation.Error.WriteLineAsync(CliTexts.DecisionNotFound(typed));
                return CliExitCodes.Failure;
            }

            await invocation.Out.WriteLineAsync($"{poll.Definition.Kind.DisplayName}: {poll.Definition.Title} ({poll.Reference ?? poll.Id}, stuurgroep {poll.SteeringGroupId}{(poll.Definition.Settings.Anonymous ? ", anoniem" : string.Empty)})");
            foreach (var line in Lines(await decisions.GetHistoryAsync(pollId, CancellationToken.None)))
            {
                await invocation.Out.WriteLineAsync(line);
            }

            return CliExitCodes.Success;
        });
    }

    public static IEnumerable<string> Lines(IReadOnlyList<AuditEvent> events)
    {
        var voted = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var e in events)
        {
            var what = e.Type == AuditEventTypes.Vote ? (voted.Add(e.Actor) ? CliTexts.VoteAdded : CliTexts.VoteChanged) : Label(e.Type);
            var change = e.Type == AuditEventTypes.Vote
                ? e.After is null ? CliTexts.AnonymousChoice : CliTexts.Choice(e.After)
                : e.Before is null && e.After is null ? string.Empty : $"{e.Before} -> {e.After}";
            var detail = e.Detail is null ? string.Empty : $" | {e.Detail.ReplaceLineEndings(" ")}";
            yield return $"{e.At.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture)}  {what,-20} {e.Actor,-38} {change}{detail}".TrimEnd();
        }
    }

    private static string Label(string type) => type switch
    {
        AuditEventTypes.Created => "aangemaakt",
        AuditEventTypes.Comment => "reactie",
        AuditEventTypes.Closed => "gesloten",
        AuditEventTypes.Extended => "verlengd",
        AuditEventTypes.Reopened => "heropend",
        AuditEventTypes.Reminded => "herinnering",
        AuditEventTypes.Finalized => "geteld",
        AuditEventTypes.OutcomeStatement => "toelichting uitkomst",
        _ => type,
    };
}
