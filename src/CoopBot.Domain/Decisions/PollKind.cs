namespace CoopBot.Domain.Decisions;

/// <summary>
/// A kind of decision is data, not a subclass: a ballot rule, optional fixed options and a default duration.
/// Tally, quorum and eligibility read these fields and never switch on the kind's id.
/// </summary>
public sealed record PollKind(
    string Id,
    string DisplayName,
    BallotRule BallotRule,
    IReadOnlyList<PollOption>? FixedOptions,
    TimeSpan DefaultDuration,
    bool HasPassRule);
