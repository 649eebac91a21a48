using CoopBot.Common;
using CoopBot.Decisions.Contracts;
using CoopBot.Domain.Decisions;

namespace CoopBot.Decisions;

public sealed record VoteRequest(string PollId, Actor Voter, IReadOnlyList<string?> OptionIds, string? Reason, string ActivityKey)
{
    /// <summary>Consultations: the organisation whose ballot is cast (a proxy holder's choice); empty means the voter's own.</summary>
    public string? OnBehalfOf { get; init; }
}

/// <summary>A recorded vote and the poll it was cast on.</summary>
public sealed record VoteReceipt(PollRecord Poll, BallotRecord Ballot, bool WasRetry);

/// <summary>Everything a card needs to show one viewer the decision.</summary>
public sealed record PollView(
    PollRecord Poll,
    TallyResult Tally,
    BallotRecord? ViewerBallot,
    bool ViewerCanVote,
    bool ViewerCanManage,
    IReadOnlyList<string> RefreshUserIds,
    TimeZoneInfo TimeZone)
{
    /// <summary>Teams ids of those who may manage the decision: they get the chair view of the result card.</summary>
    public IReadOnlyList<string> ManagerUserIds { get; init; } = [];

    public IReadOnlyList<DecisionStatusSection> StatusSections { get; init; } = [];

    /// <summary>
    /// Set when a visibility gate hides the details from this viewer (confidential, no valid NDA): every decision card
    /// shows this placeholder instead. The gate's feature supplies it (<see cref="IDecisionVisibility.Placeholder"/>).
    /// </summary>
    public IDecisionPlaceholder? HiddenBy { get; init; }

    /// <summary>The viewer may not see the details: cards show <see cref="HiddenBy"/>'s placeholder.</summary>
    public bool DetailsHidden => HiddenBy is not null;

    /// <summary>What <see cref="HiddenBy"/>'s placeholder gets to show.</summary>
    public PlaceholderView ForPlaceholder() => new(Poll.ToSummary(), RefreshUserIds, TimeZone);

    /// <summary>Consultations: the organisations whose ballot this viewer may cast (own first, then by proxy).</summary>
    public IReadOnlyList<(string Id, string Name)> BallotOrganisations { get; init; } = [];

    /// <summary>Consultations: the proxies registered, shown on the card and the result.</summary>
    public IReadOnlyList<ProxyRecord> Proxies { get; init; } = [];

    /// <summary>Consultations: to whom the viewer's organisation may still give a proxy (empty when it may not or already did).</summary>
    public IReadOnlyList<(string Id, string Name)> ProxyCandidates { get; init; } = [];

    public bool IsConsultation => Poll.Definition.Settings.Audience == Audience.Cooperants;
}
