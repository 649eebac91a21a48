using CoopBot.Common;
using CoopBot.Help;
using CoopBot.Protocol.Hosting;
using CoopBot.Protocol.Schema;

namespace CoopBot.Faq;

/// <summary>
/// Questions in chat. In personal chat every message that is not a command is a question; in a channel or group
/// chat only a message that @mentions CoopBot is (Teams only delivers those, and we check).
/// </summary>
internal sealed class FaqHandlers(FaqIndexHolder indexes, FaqFeedbackStore feedback)
{
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
            await turn.SendCardAsync(HelpCards.Build(), ct);
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
            FaqOutcome.Answered => FaqCards.Answer(answer.Best!, KnowledgeBase, text),
            FaqOutcome.NotSure => FaqCards.NotSure(text, answer.Closest.Select(s => s.Entry)),
            _ => FaqCards.OutOfScope(text),
        };
        await turn.SendCardAsync(card, ct);
    }

    /// <summary>A suggestion or follow-up button: the card turns into that entry's answer.</summary>
    public Task<InvokeResponse> ShowEntryAsync(TurnContext turn, FaqEntryData data, CancellationToken ct)
    {
        var entry = data.EntryId is null ? null : KnowledgeBase.Find(data.EntryId);
        return Task.FromResult(entry is null
            ? AdaptiveCardInvokeResponseFactory.BadRequest(FaqChatTexts.UnknownEntry)
            : TurnExtensions.CardResponse(FaqCards.Answer(entry, KnowledgeBase, data.Question)));
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
        return TurnExtensions.CardResponse(FaqCards.Answer(entry, KnowledgeBase, question, notice));
    }

    private static bool IsAddressedToBot(Activity activity) =>
        activity.Conversation?.ConversationType is null or "personal"
        || activity.GetMentions().Any(m => m.Mentioned?.Id is { } id && id == activity.Recipient?.Id);
}
