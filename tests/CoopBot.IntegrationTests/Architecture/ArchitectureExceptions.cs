namespace CoopBot.IntegrationTests.Architecture;

/// <summary>
/// Today's cross-feature uses of non-contract types, as "From -> To: used type". Phase 2 of issue 14 removes them by
/// publishing contracts (<c>CoopBot.X.Contracts</c>) and deleting lines here; the architecture test fails on any line that
/// no longer occurs, so this list only shrinks, to empty.
/// </summary>
internal static class ArchitectureExceptions
{
    public static readonly string[] Allowed =
    [
        "Budget -> Decisions: CoopBot.Decisions.DecisionService",
        "Budget -> Decisions: CoopBot.Decisions.PollRecord",
        "Confidentiality -> Decisions: CoopBot.Decisions.BallotRecord",
        "Confidentiality -> Decisions: CoopBot.Decisions.DecisionCards",
        "Confidentiality -> Decisions: CoopBot.Decisions.DecisionService",
        "Confidentiality -> Decisions: CoopBot.Decisions.DecisionTexts",
        "Confidentiality -> Decisions: CoopBot.Decisions.PollRecord",
        "Confidentiality -> Decisions: CoopBot.Decisions.PollView",
        "Confidentiality -> Decisions: CoopBot.Decisions.StoredResult",
        "Escalation -> Decisions: CoopBot.Decisions.CreatePollData",
        "Escalation -> Decisions: CoopBot.Decisions.CreatePollRequest",
        "Escalation -> Decisions: CoopBot.Decisions.DecisionCards",
        "Escalation -> Decisions: CoopBot.Decisions.DecisionForm",
        "Escalation -> Decisions: CoopBot.Decisions.DecisionForms",
        "Escalation -> Decisions: CoopBot.Decisions.DecisionService",
        "Escalation -> Decisions: CoopBot.Decisions.DecisionTexts",
        "Escalation -> Decisions: CoopBot.Decisions.DecisionsOptions",
        "Escalation -> Decisions: CoopBot.Decisions.PollRecord",
        "Escalation -> Decisions: CoopBot.Decisions.SharedCardUpdater",
        "Escalation -> Decisions: CoopBot.Decisions.StoredResult",
        "MeetingChat -> Decisions: CoopBot.Decisions.CreatePollData",
        "MeetingChat -> Decisions: CoopBot.Decisions.DecisionCards",
        "MeetingChat -> Decisions: CoopBot.Decisions.DecisionForm",
        "MeetingChat -> Decisions: CoopBot.Decisions.DecisionForms",
        "MeetingChat -> Decisions: CoopBot.Decisions.DecisionHandlers",
        "MeetingChat -> Decisions: CoopBot.Decisions.DecisionService",
        "MeetingChat -> Decisions: CoopBot.Decisions.DecisionTexts",
        "MeetingChat -> Decisions: CoopBot.Decisions.PollRecord",
        "Meetings -> Decisions: CoopBot.Decisions.CreatePollRequest",
        "Meetings -> Decisions: CoopBot.Decisions.DecisionHandlers",
        "Meetings -> Decisions: CoopBot.Decisions.DecisionService",
        "Meetings -> Decisions: CoopBot.Decisions.DecisionStore",
        "Meetings -> Decisions: CoopBot.Decisions.PollRecord",
        "Meetings -> Decisions: CoopBot.Decisions.StoredResult",
        "MessageExtensions -> Decisions: CoopBot.Decisions.CreatePollData",
        "MessageExtensions -> Decisions: CoopBot.Decisions.DecisionCards",
        "MessageExtensions -> Decisions: CoopBot.Decisions.DecisionForm",
        "MessageExtensions -> Decisions: CoopBot.Decisions.DecisionForms",
        "MessageExtensions -> Decisions: CoopBot.Decisions.DecisionHandlers",
        "MessageExtensions -> Decisions: CoopBot.Decisions.DecisionTexts",
        "MessageExtensions -> Decisions: CoopBot.Decisions.PollRecord",
        "Registry -> Decisions: CoopBot.Decisions.DecisionService",
        "Submissions -> Decisions: CoopBot.Decisions.AuditEvent",
        "Submissions -> Decisions: CoopBot.Decisions.CreatePollRequest",
        "Submissions -> Decisions: CoopBot.Decisions.DecisionEntities",
        "Submissions -> Decisions: CoopBot.Decisions.DecisionHandlers",
        "Submissions -> Decisions: CoopBot.Decisions.DecisionService",
        "Submissions -> Decisions: CoopBot.Decisions.DecisionTexts",
        "Submissions -> Decisions: CoopBot.Decisions.PollRecord",
        "Submissions -> Decisions: CoopBot.Decisions.SettingChoices",
    ];
}
