using CoopBot.Domain.Common;

namespace CoopBot.Domain.Decisions;

/// <summary>When a ballot may be cast or changed.</summary>
public static class VotingRules
{
    /// <summary>A vote after close is refused and never counted; before close a voter may change their vote.</summary>
    public static Rejection? CanCastVote(PollState state, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.IsClosedAt(now)
            ? new Rejection("poll-closed", "Deze stemming is gesloten: je stem telt niet meer mee.")
            : null;
    }
}
