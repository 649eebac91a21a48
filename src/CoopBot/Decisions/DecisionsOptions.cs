using System.ComponentModel.DataAnnotations;

namespace CoopBot.Decisions;

/// <summary>Section "Decisions".</summary>
public sealed class DecisionsOptions : IValidatableObject
{
    public const string SectionName = "Decisions";

    /// <summary>
    /// Time between closing and counting. A vote that saw the poll open before it closed lands within twice
    /// <see cref="VoteWriteTimeout"/> (its checks and its write each have that deadline); counting after this grace period
    /// therefore includes every acknowledged vote.
    /// </summary>
    public TimeSpan CloseGracePeriod { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Upper bound for writing one ballot; must fit in Teams' 5 s invoke budget.</summary>
    public TimeSpan VoteWriteTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Shared-card updates are coalesced to at most one per card per this interval.</summary>
    public TimeSpan CardUpdateInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How long an instance may serve a poll row from memory on the vote path. A vote accepted on a stale "open" is
    /// still written before counting starts, because the grace period exceeds this plus twice the write timeout.
    /// </summary>
    public TimeSpan PollCacheDuration { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Local loop only (scripts/run-local.sh sets it): the Agents Playground has no per-user card view (refresh), so
    /// shared-card updates of an open decision show the view of the person who acted last, as Teams shows that person.
    /// </summary>
    public bool SingleViewerCards { get; set; }

    /// <summary>Time zone in which closing dates are entered and shown (the users are Flemish).</summary>
    public string TimeZone { get; set; } = "Europe/Brussels";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (CloseGracePeriod <= (VoteWriteTimeout * 2) + PollCacheDuration)
        {
            yield return new ValidationResult("Decisions:CloseGracePeriod must exceed twice Decisions:VoteWriteTimeout plus Decisions:PollCacheDuration.");
        }

        if (PollCacheDuration < TimeSpan.Zero)
        {
            yield return new ValidationResult("Decisions:PollCacheDuration cannot be negative.");
        }

        if (VoteWriteTimeout <= TimeSpan.Zero || VoteWriteTimeout >= TimeSpan.FromSeconds(4.5))
        {
            yield return new ValidationResult("Decisions:VoteWriteTimeout must be between 0 and 4.5 seconds (Teams invoke budget).");
        }
    }
}
