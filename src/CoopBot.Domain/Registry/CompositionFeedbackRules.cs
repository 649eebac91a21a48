using CoopBot.Domain.Common;

namespace CoopBot.Domain.Registry;

/// <summary>
/// Candidacies and objections about a stuurgroep's composition. Seed 002: coöperanten "konden zich kandidaat stellen,
/// waarbij ze hun motivatie toevoegden"; Cultuurconnect weighs them, via the community manager. Only a coöperant of the
/// stuurgroep (an afnemer of one of its services) may send one, with a motivation; the community manager decides once.
/// </summary>
public static class CompositionFeedbackRules
{
    /// <summary>Shortest motivation that says something.</summary>
    public const int MinMotivationLength = 10;

    /// <summary>Longest motivation; keeps the card small and the row far below the 32K-character property limit.</summary>
    public const int MaxMotivationLength = 2000;

    /// <summary>Checks a new candidacy or objection.</summary>
    public static Result<CompositionFeedback> Submit(
        string id, FeedbackKind kind, SteeringGroup steeringGroup, Person person, Organisation? organisation, string? motivation,
        IEnumerable<Seat> seatsOfSteeringGroup, IEnumerable<CompositionFeedback> openOfPerson, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(steeringGroup);
        ArgumentNullException.ThrowIfNull(person);
        if (organisation is null || organisation.Id != person.OrganisationId || !ConsultationEligibility.IsEligible(organisation, steeringGroup))
        {
            return FeedbackRejections.NotACooperant(steeringGroup);
        }

        var text = motivation?.Trim() ?? string.Empty;
        if (text.Length is < MinMotivationLength or > MaxMotivationLength)
        {
            return FeedbackRejections.MotivationLength;
        }

        if (kind == FeedbackKind.Kandidatuur
            && seatsOfSteeringGroup.Any(s => s.SteeringGroupId == steeringGroup.Id && s.PersonId == person.AadObjectId && TermRules.IsActive(s, now)))
        {
            return FeedbackRejections.AlreadySeated(steeringGroup);
        }

        if (openOfPerson.Any(f => f.Kind == kind && f.SteeringGroupId == steeringGroup.Id && f.PersonId == person.AadObjectId && f.Status == FeedbackStatus.Ingediend))
        {
            return FeedbackRejections.AlreadyOpen(kind, steeringGroup);
        }

        return Result<CompositionFeedback>.Success(
            new CompositionFeedback(id, kind, steeringGroup.Id, person.AadObjectId, person.Name, organisation.Id, text, now));
    }

    /// <summary>The community manager accepts or declines; a decided item stays decided.</summary>
    public static Result<CompositionFeedback> Decide(
        CompositionFeedback feedback, bool accept, string deciderId, bool deciderIsCommunityManager, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        if (!deciderIsCommunityManager)
        {
            return FeedbackRejections.OnlyCommunityManager;
        }

        if (feedback.Status != FeedbackStatus.Ingediend)
        {
            return FeedbackRejections.AlreadyDecided(feedback);
        }

        return feedback with { Status = accept ? FeedbackStatus.Aanvaard : FeedbackStatus.Afgewezen, DecidedBy = deciderId, DecidedAt = now };
    }
}
