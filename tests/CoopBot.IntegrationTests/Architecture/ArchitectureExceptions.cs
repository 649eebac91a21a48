using CoopBot.Common;
using CoopBot.Decisions.Contracts;

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
        "Broadcasts -> Meetings: CoopBot.Meetings.MeetingMessenger",
        "Budget -> Escalation: CoopBot.Escalation.EscalationRecord",
        "Budget -> Escalation: CoopBot.Escalation.EscalationStore",
        "Confidentiality -> Decisions: CoopBot.Decisions.PollActionData",
        "Decisions -> Registry: CoopBot.Registry.RegistryOptions",
        "Escalation -> Budget: CoopBot.Budget.BudgetService",
        "Escalation -> Budget: CoopBot.Budget.BudgetStatus",
        "MeetingChat -> Meetings: CoopBot.Meetings.CalendarEvent",
        "MeetingChat -> Meetings: CoopBot.Meetings.MeetingCards",
        "MeetingChat -> Meetings: CoopBot.Meetings.MeetingRecord",
        "MeetingChat -> Meetings: CoopBot.Meetings.MeetingService",
        "MeetingChat -> Meetings: CoopBot.Meetings.MeetingStore",
        "MeetingChat -> Meetings: CoopBot.Meetings.MeetingView",
        "MeetingChat -> Meetings: CoopBot.Meetings.PublicMeetingContent",
        "Meetings -> Broadcasts: CoopBot.Broadcasts.BroadcastRequest",
        "Meetings -> Broadcasts: CoopBot.Broadcasts.BroadcastService",
        "Meetings -> Broadcasts: CoopBot.Broadcasts.BroadcastTarget",
        "Meetings -> Broadcasts: CoopBot.Broadcasts.IBroadcastTargets",
        "Meetings -> Graph: CoopBot.Graph.GraphClientProvider",
        "MessageExtensions -> Confidentiality: CoopBot.Confidentiality.NdaService",
        "MessageExtensions -> Decisions: CoopBot.Decisions.DecisionRegister",
        "MessageExtensions -> Decisions: CoopBot.Decisions.RegisterEntry",
        "MessageExtensions -> MeetingChat: CoopBot.MeetingChat.ConversationGroups",
        "MessageExtensions -> MeetingChat: CoopBot.MeetingChat.MeetingVotes",
        "Registry -> Help: CoopBot.Help.HelpHandlers",
        "Submissions -> Decisions: CoopBot.Decisions.DecisionRegister",
        "Submissions -> Decisions: CoopBot.Decisions.RegisterEntry",
        "Tab -> Budget: CoopBot.Budget.BudgetLine",
        "Tab -> Budget: CoopBot.Budget.BudgetService",
        "Tab -> Budget: CoopBot.Budget.BudgetStatus",
        "Tab -> Confidentiality: CoopBot.Confidentiality.NdaService",
        "Tab -> Decisions: CoopBot.Decisions.BallotRecord",
        "Tab -> Decisions: CoopBot.Decisions.CommentRecord",
        "Tab -> Decisions: CoopBot.Decisions.DecisionCards",
        "Tab -> Decisions: CoopBot.Decisions.DecisionRegister",
        "Tab -> Decisions: CoopBot.Decisions.DecisionService",
        "Tab -> Decisions: CoopBot.Decisions.DecisionTexts",
        "Tab -> Decisions: CoopBot.Decisions.DecisionsOptions",
        "Tab -> Decisions: CoopBot.Decisions.PollRecord",
        "Tab -> Decisions: CoopBot.Decisions.PollView",
        "Tab -> Decisions: CoopBot.Decisions.RegisterEntry",
        "Tab -> Decisions: CoopBot.Decisions.RegisterExport",
        "Tab -> Decisions: CoopBot.Decisions.StoredResult",
        "Tab -> Escalation: CoopBot.Escalation.EscalationEvent",
        "Tab -> Escalation: CoopBot.Escalation.EscalationRecord",
        "Tab -> Escalation: CoopBot.Escalation.EscalationService",
        "Tab -> FaqChat: CoopBot.FaqChat.TicketAsker",
        "Tab -> FaqChat: CoopBot.FaqChat.TicketRecord",
        "Tab -> FaqChat: CoopBot.FaqChat.TicketService",
        "Tab -> FaqChat: CoopBot.FaqChat.TicketTexts",
        "Tab -> Registry: CoopBot.Registry.DemoRegistry",
        "Tab -> Registry: CoopBot.Registry.Import.ImportReport",
        "Tab -> Registry: CoopBot.Registry.Import.RegistryImport",
        "Tab -> Registry: CoopBot.Registry.MySeatLine",
        "Tab -> Registry: CoopBot.Registry.RegistryQueries",
    ];
}
