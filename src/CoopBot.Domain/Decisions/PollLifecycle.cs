using CoopBot.Domain.Common;

namespace CoopBot.Domain.Decisions;

/// <summary>Whether votes are accepted.</summary>
public enum PollStatus
{
    Open,
    Closed,
}

/// <summary>The mutable part of a decision. Every transition returns a new state or a rejection.</summary>
public sealed record PollState(PollStatus Status, DateTimeOffset ClosesAt, DateTimeOffset? ClosedAt)
{
    /// <summary>A poll is closed once the chair closed it or its deadline has passed, whichever comes first.</summary>
    public bool IsClosedAt(DateTimeOffset now) => Status == PollStatus.Closed || now >= ClosesAt;
}

/// <summary>Opening, closing, extending and reopening rules (issue 4 settings table).</summary>
public static class PollLifecycle
{
    public static Result<PollState> Open(DateTimeOffset closesAt, DateTimeOffset now)
    {
        var problem = ValidateClosingTime(closesAt, now);
        return problem is null ? Result<PollState>.Success(new PollState(PollStatus.Open, closesAt, null)) : Result<PollState>.Fail(problem);
    }

    public static Result<PollState> Close(PollState state, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Status == PollStatus.Closed)
        {
            return Result<PollState>.Fail("already-closed", "Deze stemming is al gesloten.");
        }

        // A deadline close records the deadline itself, so a late worker does not move the closing moment.
        var closedAt = now < state.ClosesAt ? now : state.ClosesAt;
        return Result<PollState>.Success(state with { Status = PollStatus.Closed, ClosedAt = closedAt });
    }

    public static Result<PollState> Extend(PollState state, DateTimeOffset newClosesAt, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.IsClosedAt(now))
        {
            return Result<PollState>.Fail("closed", "Een gesloten stemming kan je niet verlengen. Heropen ze eerst.");
        }

        if (newClosesAt <= state.ClosesAt)
        {
            return Result<PollState>.Fail("not-later", "De nieuwe sluitingstijd moet later zijn dan de huidige.");
        }

        var problem = ValidateClosingTime(newClosesAt, now);
        return problem is null ? Result<PollState>.Success(state with { ClosesAt = newClosesAt }) : Result<PollState>.Fail(problem);
    }

    public static Result<PollState> Reopen(PollState state, PollSettings settings, DateTimeOffset newClosesAt, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(settings);
        if (!state.IsClosedAt(now))
        {
            return Result<PollState>.Fail("still-open", "Deze stemming is nog open.");
        }

        // Issue 4: at close the voter-choice link of an anonymous decision is destroyed, so it can never reopen.
        if (settings.Anonymous)
        {
            return Result<PollState>.Fail("anonymous-no-reopen", "Een anonieme stemming kan niet heropend worden.");
        }

        var problem = ValidateClosingTime(newClosesAt, now);
        return problem is null
            ? Result<PollState>.Success(new PollState(PollStatus.Open, newClosesAt, null))
            : Result<PollState>.Fail(problem);
    }

    private static Rejection? ValidateClosingTime(DateTimeOffset closesAt, DateTimeOffset now)
    {
        if (closesAt < now + PollLimits.MinimumOpenTime)
        {
            return new Rejection("closes-too-soon", "De sluitingstijd moet minstens 5 minuten in de toekomst liggen.");
        }

        return closesAt > now + PollLimits.MaximumOpenTime
            ? new Rejection("closes-too-late", "De sluitingstijd mag hoogstens een jaar in de toekomst liggen.")
            : null;
    }
}
