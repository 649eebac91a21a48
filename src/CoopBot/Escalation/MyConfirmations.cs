using CoopBot.Cards;
using CoopBot.Common;
using CoopBot.Decisions;
using CoopBot.Domain.Escalation;
using CoopBot.Protocol.Hosting;
using CoopBot.Registry.Contracts;
using CoopBot.Decisions.Contracts;

namespace CoopBot.Escalation;

/// <summary>
/// "mijn bevestigingen" (issue 16 §3): for a member of the directie, the financieel comité, the Raad van Bestuur or the
/// voorzitter of Cultuurconnect, the stuurgroep decisions that wait for a confirmation of a body they belong to.
/// </summary>
internal sealed class MyConfirmations(EscalationStore store, IConfirmingBodyMembership confirmers, IDecisionLookup decisions)
{
    public const string Command = "mijn bevestigingen";

    public async Task ShowAsync(TurnContext turn, string arguments, CancellationToken ct)
    {
        var bodies = await confirmers.BodiesOfAsync(turn.Activity.From?.AadObjectId, ct);
        if (bodies.Count == 0)
        {
            await turn.SendActivityAsync(EscalationTexts.NoConfirmingBody, ct);
            return;
        }

        var waiting = new List<(EscalationRecord Record, string Title, IReadOnlyList<ConfirmingBody> For)>();
        foreach (var record in await store.ListAsync(null, ct))
        {
            var mine = record.State.Pending.Where(bodies.Contains).ToList();
            if (record.State.Status == EscalationStatus.GoedgekeurdWachtOpBevestiging && mine.Count > 0
                && await decisions.FindAsync(record.PollId, ct) is { } poll)
            {
                waiting.Add((record, poll.Definition.Title, mine));
            }
        }

        await turn.SendCardAsync(Card(bodies, waiting.OrderBy(w => w.Record.State.PendingSince).ToList(), decisions.TimeZone), ct);
    }

    public static AdaptiveCard Card(IReadOnlySet<ConfirmingBody> bodies, IReadOnlyList<(EscalationRecord Record, string Title, IReadOnlyList<ConfirmingBody> For)> waiting, TimeZoneInfo zone)
    {
        var card = new AdaptiveCard().AddBody(
            TextBlock.Heading(EscalationTexts.MyConfirmationsTitle),
            new TextBlock(EscalationTexts.MyBodies(bodies.Order().Select(EscalationNames.ShortName))) { IsSubtle = true, Spacing = Spacing.None });
        if (waiting.Count == 0)
        {
            return card.AddBody(new TextBlock(EscalationTexts.NothingWaiting));
        }

        foreach (var (record, title, forBodies) in waiting)
        {
            card.AddBody(
                new TextBlock(CardText.Literal(title)) { Weight = TextWeight.Bolder, Separator = true, Wrap = true },
                new FactSet(
                    new Fact(EscalationTexts.AmountLabel, record.State.Amount.ToStringExclVat()),
                    new Fact(EscalationTexts.WaitsForLabel, string.Join(", ", forBodies.Select(EscalationNames.ShortName))),
                    new Fact(EscalationTexts.WaitingSinceLabel, record.State.PendingSince is { } since ? DutchFormat.Date(since, zone) : "-")));
        }

        return card.AddBody(new TextBlock(EscalationTexts.ConfirmOnTheCard) { IsSubtle = true, Wrap = true });
    }
}
