namespace CoopBot.Domain.Decisions;

/// <summary>
/// A kind of decision is data, not a subclass: a ballot rule, optional fixed options, an option the creator may add
/// (bezwaar, geen van deze), a default duration, and whether the options form an ordered scale (seed 003). Tally,
/// quorum and eligibility read these fields and option roles, and never switch on the kind's id. <c>Article</c> is the
/// Dutch article of the display name ("het voorstel").
/// </summary>
public sealed record PollKind(
    string Id,
    string DisplayName,
    BallotRule BallotRule,
    IReadOnlyList<PollOption>? FixedOptions,
    TimeSpan DefaultDuration,
    bool HasPassRule,
    PollOption? OptionalOption = null,
    bool AllowsAmount = false,
    string Article = "de",
    bool OrderedScale = false);
