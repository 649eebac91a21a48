namespace CoopBot.Domain.Registry;

/// <summary>What a coöperant sends the community manager about a stuurgroep's composition (seed 002, FAQ "deelnemen").</summary>
public enum FeedbackKind
{
    /// <summary>"kandidaat stellen": the person offers to take a seat.</summary>
    Kandidatuur,

    /// <summary>"bezwaar samenstelling": an objection to the composition.</summary>
    Bezwaar,
}

/// <summary>Where a candidacy or objection stands.</summary>
public enum FeedbackStatus
{
    Ingediend,
    Aanvaard,
    Afgewezen,
}

/// <summary>A candidacy or objection, submitted by a coöperant and decided once by the community manager.</summary>
/// <param name="Id">Stable id.</param>
/// <param name="Kind">Candidacy or objection.</param>
/// <param name="SteeringGroupId">The stuurgroep it is about.</param>
/// <param name="PersonId">AAD object id of the submitter.</param>
/// <param name="PersonName">Display name of the submitter.</param>
/// <param name="OrganisationId">The submitter's organisation, a coöperant of the stuurgroep.</param>
/// <param name="Motivation">The submitter's own words.</param>
/// <param name="SubmittedAt">When it was submitted.</param>
/// <param name="Status">Ingediend until the community manager decides.</param>
/// <param name="DecidedBy">AAD object id of the community manager who decided.</param>
/// <param name="DecidedAt">When it was decided.</param>
public sealed record CompositionFeedback(
    string Id,
    FeedbackKind Kind,
    string SteeringGroupId,
    string PersonId,
    string PersonName,
    string OrganisationId,
    string Motivation,
    DateTimeOffset SubmittedAt,
    FeedbackStatus Status = FeedbackStatus.Ingediend,
    string? DecidedBy = null,
    DateTimeOffset? DecidedAt = null);

/// <summary>Dutch names of <see cref="FeedbackKind"/> and <see cref="FeedbackStatus"/>.</summary>
public static class FeedbackNames
{
    /// <summary>"kandidatuur" or "bezwaar".</summary>
    public static string DisplayName(this FeedbackKind kind) => kind switch
    {
        FeedbackKind.Kandidatuur => "kandidatuur",
        FeedbackKind.Bezwaar => "bezwaar",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>"ingediend", "aanvaard" or "afgewezen".</summary>
    public static string DisplayName(this FeedbackStatus status) => status switch
    {
        FeedbackStatus.Ingediend => "ingediend",
        FeedbackStatus.Aanvaard => "aanvaard",
        FeedbackStatus.Afgewezen => "afgewezen",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
