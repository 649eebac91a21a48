using CoopBot.Cards;

namespace CoopBot.Faq;

/// <summary>
/// The FAQ chat cards. Knowledge-base text is shown literally (the community manager edits it by hand), and so is
/// the user's question.
/// </summary>
internal static class FaqCards
{
    /// <summary>Longest question carried in card data or shown back; longer questions are cut with an ellipsis.</summary>
    public const int QuestionMaxLength = 500;

    /// <summary>The answer: canonical question as title, the answer, follow-up buttons and "Was dit nuttig? 👍 / 👎".</summary>
    public static AdaptiveCard Answer(FaqEntry entry, FaqKnowledgeBase knowledgeBase, string? asked, string? feedbackNotice = null)
    {
        var question = Clip(asked);
        var card = new AdaptiveCard().AddBody(
            new TextBlock(CardText.Literal(entry.Question)) { Size = TextSize.Large, Weight = TextWeight.Bolder, Style = TextBlockStyle.Heading },
            TextBlock.Literal(entry.Answer));
        var followUps = entry.FollowUps.Select(knowledgeBase.Find).OfType<FaqEntry>().ToList();
        if (followUps.Count > 0)
        {
            card.AddBody(
                new TextBlock(FaqTexts.FollowUps) { Weight = TextWeight.Bolder, Separator = true },
                new ActionSet(followUps.Select(f => ShowEntry(f, question))));
        }

        if (feedbackNotice is not null)
        {
            return card.AddBody(new TextBlock(feedbackNotice) { IsSubtle = true, Separator = true });
        }

        return card.AddBody(
            new TextBlock(FaqChatTexts.WasThisHelpful) { Separator = true },
            new ActionSet(Feedback(entry, question, helpful: true), Feedback(entry, question, helpful: false)));
    }

    /// <summary>Below the confidence threshold: no guess, the three closest questions and the community manager.</summary>
    public static AdaptiveCard NotSure(string asked, IEnumerable<FaqEntry> closest)
    {
        var question = Clip(asked);
        return new AdaptiveCard()
            .AddBody(
                TextBlock.Heading(FaqChatTexts.NotSureTitle),
                new TextBlock($"{FaqChatTexts.YouAsked}: {CardText.Literal(question)}") { IsSubtle = true },
                new TextBlock(FaqTexts.NotSure),
                new ActionSet(closest.Take(3).Select(e => ShowEntry(e, question))),
                new TextBlock(FaqChatTexts.HelpHint) { IsSubtle = true, Size = TextSize.Small })
            .AddActions(AskCommunityManager(question));
    }

    /// <summary>Not about the cooperative model: refused, never answered with the nearest entry.</summary>
    public static AdaptiveCard OutOfScope(string asked) => new AdaptiveCard().AddBody(
        TextBlock.Heading(FaqChatTexts.OutOfScopeTitle),
        new TextBlock($"{FaqChatTexts.YouAsked}: {CardText.Literal(Clip(asked))}") { IsSubtle = true },
        new TextBlock(FaqTexts.OutOfScope),
        new TextBlock(FaqChatTexts.HelpHint) { IsSubtle = true, Size = TextSize.Small });

    public static string Clip(string? text) => CardText.Truncate(string.IsNullOrWhiteSpace(text) ? "-" : text.Trim(), QuestionMaxLength);

    public static ActionExecute AskCommunityManager(string question) => new()
    {
        Title = FaqTexts.AskCommunityManager,
        Verb = FaqVerbs.AskCommunityManager,
        Data = new { question },
    };

    private static ActionExecute ShowEntry(FaqEntry entry, string question) => new()
    {
        Title = entry.Question,
        Verb = FaqVerbs.Answer,
        Data = new { entryId = entry.Id, question },
    };

    private static ActionExecute Feedback(FaqEntry entry, string question, bool helpful) => new()
    {
        Title = helpful ? FaqChatTexts.Helpful : FaqChatTexts.NotHelpful,
        Verb = FaqVerbs.Feedback,
        Data = new { entryId = entry.Id, helpful, question },
    };
}
