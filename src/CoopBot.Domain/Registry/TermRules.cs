namespace CoopBot.Domain.Registry;

/// <summary>
/// Seat terms. Seed 002: "Cultuurconnect stelt de stuurgroepen nu voor 2 jaar samen." A term is half-open
/// [start, end): at the exact end instant the seat is no longer active, so a successor can start at that same instant.
/// </summary>
public static class TermRules
{
    /// <summary>The composition is set for 2 years.</summary>
    public const int DefaultTermYears = 2;

    /// <summary>The chair and the community manager are told this many days before a term ends.</summary>
    public const int ExpiryNoticeDays = 60;

    /// <summary>The tab lists the terms that end within this many days ("termijnen die binnenkort aflopen").</summary>
    public const int UpcomingEndDays = 90;

    /// <summary>
    /// True for a seat whose term has not ended at <paramref name="now"/> and ends at or before
    /// <paramref name="now"/> + <see cref="UpcomingEndDays"/> days (a proposed seat that has not started counts too).
    /// </summary>
    public static bool EndsSoon(Seat seat, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(seat);
        return now < seat.TermEnd && seat.TermEnd <= now.AddDays(UpcomingEndDays);
    }

    /// <summary>The default end of a term starting at <paramref name="termStart"/>.</summary>
    public static DateTimeOffset DefaultEnd(DateTimeOffset termStart) => termStart.AddYears(DefaultTermYears);

    /// <summary>Start inclusive, end exclusive.</summary>
    public static bool IsActive(Seat seat, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(seat);
        return seat.TermStart <= now && now < seat.TermEnd;
    }

    /// <summary>
    /// True from exactly <see cref="ExpiryNoticeDays"/> days before the end until the end, once. After the end the
    /// notice is moot: the seat simply stops counting.
    /// </summary>
    public static bool NeedsExpiryNotice(Seat seat, DateTimeOffset now, bool alreadyNotified)
    {
        ArgumentNullException.ThrowIfNull(seat);
        return !alreadyNotified && now >= ExpiryNoticeAt(seat) && now < seat.TermEnd;
    }

    /// <summary>The moment the expiry notice becomes due: <see cref="ExpiryNoticeDays"/> days before the end.</summary>
    public static DateTimeOffset ExpiryNoticeAt(Seat seat)
    {
        ArgumentNullException.ThrowIfNull(seat);
        return seat.TermEnd.AddDays(-ExpiryNoticeDays);
    }
}
