namespace CoopBot.FaqChat;

/// <summary>Verbs of the FAQ and ticket cards. Card data is never trusted: ids and rights are re-checked server-side.</summary>
internal static class FaqVerbs
{
    public const string Answer = "faq.answer";
    public const string Feedback = "faq.feedback";
    public const string AskCommunityManager = "faq.ticket.create";
    public const string TakeTicket = "faq.ticket.take";
    public const string AnswerTicket = "faq.ticket.answer";
    public const string ReopenTicket = "faq.ticket.reopen";
    public const string AddPhrasing = "faq.ticket.add-phrasing";
}

/// <summary>Show the answer of one entry (a suggestion or follow-up button); <c>Question</c> is what the user had asked.</summary>
internal sealed record FaqEntryData(string? EntryId, string? Question);

/// <summary>"Was dit nuttig?": 👍 (true) or 👎 (false) on the answer of one entry.</summary>
internal sealed record FaqFeedbackData(string? EntryId, bool? Helpful, string? Question, string? FacetId = null);

/// <summary>"Vraag het aan de community manager" with the question the bot could not answer.</summary>
internal sealed record AskCommunityManagerData(string? Question);

/// <summary>Take, answer or reopen a ticket; <c>Answer</c> is the community manager's input, <c>EntryId</c> the FAQ entry she picked.</summary>
internal sealed record TicketActionData(string? TicketId, string? Answer, string? EntryId = null);
