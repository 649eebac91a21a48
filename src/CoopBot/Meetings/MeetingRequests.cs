using CoopBot.Common;
using CoopBot.Domain.Meetings;

namespace CoopBot.Meetings;

/// <summary>A new agenda point as the chair typed it; the amount is still text.</summary>
public sealed record AgendaItemInput(string? Title, string? Presenter, int? Minutes, bool IsConfidential, string? DecisionIds, string? Amount);

/// <summary>The verslag as the chair filled it in.</summary>
public sealed record MinutesInput(IReadOnlyDictionary<int, string?> TextByItem, IReadOnlyDictionary<int, string?> DecisionsByItem, IReadOnlyList<string> PresentIds);

/// <summary>Everything a meeting card shows.</summary>
public sealed record MeetingView(
    MeetingRecord Meeting,
    string SteeringGroupName,
    IReadOnlyDictionary<string, (string Name, Rsvp Answer)> Rsvps,
    IReadOnlyList<SlotSummary> Summaries,
    IReadOnlyDictionary<string, string> DecisionTitles,
    IReadOnlyList<(string Id, string Name)> Members,
    TimeZoneInfo TimeZone)
{
    public int Count(Rsvp answer) => Rsvps.Values.Count(r => r.Answer == answer);
}

/// <summary>Who acts, with their Teams identity; re-checked against the registry on every action.</summary>
public sealed record MeetingActor(Actor Actor, string ActivityKey);
