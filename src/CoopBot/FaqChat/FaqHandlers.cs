using CoopBot.Common;
using CoopBot.Faq;
using CoopBot.Help.Contracts;
using CoopBot.Protocol.Hosting;
using CoopBot.Protocol.Schema;

namespace CoopBot.FaqChat;

/// <summary>
/// Questions in chat. In personal chat every message that is not a command is a question; in a channel or group
/// chat only a message that @mentions CoopBot is (Teams only delivers those, and we check).
/// </summary>
internal sealed class FaqHandlers(FaqIndexHolder indexes, FaqFeedbackStore feedback, DeliveryLedger ledger, IHelpCards help)
{
    private const string FollowUpScope = "faq-followup";

    private FaqKnowledgeBase KnowledgeBase => indexes.KnowledgeBase;

    /// <summary>The route for messages that match no command.</summary>
    public async Task AskAsync(TurnContext turn, string text, CancellationToken ct)
    {
        if (!IsAddressedToBot(turn.Activity))
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            await turn.SendActivityAsync(FaqChatTexts.AskTheBot, ct);
            await turn.SendCardAsync(await help.ForSenderAsync(turn, ct), ct);
            return;
        }

        if (text.Length > FaqCards.QuestionMaxLength)
        {
            await turn.SendActivityAsync(FaqChatTexts.QuestionTooLong(text.Length, FaqCards.QuestionMaxLength), ct);
            return;
        }

        // The shipped knowledge base plus the phrasings the community manager added since (issue 16 §4).
        var answer = (await indexes.CurrentAsync(ct)).Answer(text);
        var card = answer.Outcome switch
        {
            FaqOutcome.Answered => FaqCards.Answer(answer.Best!, answer.Facet, KnowledgeBase, text),
            FaqOutcome.NotSure => FaqCards.NotSure(text, answer.Closest.Select(s => s.Entry)),
            _ => FaqCards.OutOfScope(text, answer.Refusal),
        };
        await turn.SendCardAsync(card, ct);
    }

    /// <summary>
    /// A suggestion or follow-up button: that entry's answer is posted as a new message (once per click, also when Teams
    /// redelivers it), and the clicked card stays as it was, so the earlier answer remains readable above the new one.
    /// </summary>
    public async Task<InvokeResponse> ShowEntryAsync(TurnContext turn, FaqEntryData data, CancellationToken ct)
    {
        var entry = data.EntryId is null ? null : KnowledgeBase.Find(data.EntryId);
        if (entry is null)
        {
            return AdaptiveCardInvokeResponseFactory.BadRequest(FaqChatTexts.UnknownEntry);
        }

        var card = FaqCards.Answer(entry, null, KnowledgeBase, data.Question);
        await ledger.SendOnceAsync(
            FollowUpScope, $"{turn.Activity.Conversation?.Id}|{turn.ActivityKey()}", AfterCrash.SendAgain, token => turn.SendCardAsync(card, token), ct);
        return AdaptiveCardInvokeResponseFactory.Message(FaqChatTexts.FollowUpPosted);
    }

    /// <summary>👍 / 👎: stored once per user and answer; the buttons give way to a thank-you.</summary>
    public async Task<InvokeResponse> FeedbackAsync(TurnContext turn, FaqFeedbackData data, CancellationToken ct)
    {
        var entry = data.EntryId is null ? null : KnowledgeBase.Find(data.EntryId);
        if (entry is null)
        {
            return AdaptiveCardInvokeResponseFactory.BadRequest(FaqChatTexts.UnknownEntry);
        }

        var actor = turn.Actor();
        if (data.Helpful is not { } helpful || (actor.AadObjectId ?? actor.TeamsUserId) is not { } userId)
        {
            return AdaptiveCardInvokeResponseFactory.BadRequest(FaqChatTexts.FeedbackIncomplete);
        }

        var question = data.Question is null ? null : FaqCards.Clip(data.Question);
        var recorded = await feedback.RecordAsync(entry.Id, userId, actor.Name, helpful, question, ct);
        var notice = recorded ? FaqChatTexts.FeedbackThanks : FaqChatTexts.FeedbackAlreadyNoted;
        return TurnExtensions.CardResponse(FaqCards.Answer(entry, entry.FindFacet(data.FacetId), KnowledgeBase, question, notice));
    }

    private static bool IsAddressedToBot(Activity activity) =>
        activity.Conversation?.ConversationType is null or "personal"
        || activity.GetMentions().Any(m => m.Mentioned?.Id is { } id && id == activity.Recipient?.Id);
}
