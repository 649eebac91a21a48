using CoopBot.Domain.Common;

namespace CoopBot.Domain.Faq;

/// <summary>
/// The ticket rules: only the community manager takes and answers (the caller says whether the actor is the
/// community manager, as the registry knows it); the asker or the community manager reopens an answered ticket.
/// </summary>
public static class TicketLifecycle
{
    /// <summary>Longest answer the community manager can send (it goes into a card and a 1:1 message).</summary>
    public const int AnswerMaxLength = 4000;

    /// <summary>Open → opgenomen, assigned to the community manager who takes it.</summary>
    public static Result<TicketState> Take(TicketState state, string actorId, string actorName, bool actorIsCommunityManager)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (!actorIsCommunityManager)
        {
            return TicketRejections.NotCommunityManager;
        }

        return state.Status switch
        {
            TicketStatus.Open => state with { Status = TicketStatus.Taken, AssigneeId = actorId, AssigneeName = actorName },
            TicketStatus.Taken => TicketRejections.AlreadyTaken,
            _ => TicketRejections.AlreadyAnswered,
        };
    }

    /// <summary>Opgenomen → beantwoord, by the person who took it.</summary>
    public static Result<TicketState> Answer(TicketState state, string actorId, bool actorIsCommunityManager, string? answer, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (!actorIsCommunityManager)
        {
            return TicketRejections.NotCommunityManager;
        }

        var text = answer?.Trim() ?? string.Empty;
        return state.Status switch
        {
            TicketStatus.Open => TicketRejections.NotTaken,
            TicketStatus.Answered => TicketRejections.AlreadyAnswered,
            _ when state.AssigneeId != actorId => TicketRejections.TakenBySomeoneElse,
            _ when text.Length == 0 => TicketRejections.EmptyAnswer,
            _ when text.Length > AnswerMaxLength => TicketRejections.AnswerTooLong,
            _ => state with { Status = TicketStatus.Answered, Answer = text, AnsweredAt = now },
        };
    }

    /// <summary>Beantwoord → open again, unassigned, when the asker or the community manager is not satisfied.</summary>
    public static Result<TicketState> Reopen(TicketState state, bool actorIsAskerOrCommunityManager)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (!actorIsAskerOrCommunityManager)
        {
            return TicketRejections.NotAllowedToReopen;
        }

        return state.Status == TicketStatus.Answered
            ? state with { Status = TicketStatus.Open, AssigneeId = null, AssigneeName = null }
            : TicketRejections.NotAnswered;
    }
}
