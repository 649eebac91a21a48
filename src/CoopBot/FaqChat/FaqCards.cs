using CoopBot.Cards;
using CoopBot.Faq;

namespace CoopBot.FaqChat;

/// <summary>
/// The FAQ chat cards. Knowledge-base text is shown literally (the community manager edits it by hand), and so is
/// the user's question.
/// </summary>
internal static class FaqCards
{
    /// <summary>Longest question carried in card data or shown back; longer questions are cut with an ellipsis.</summary>
    public const int QuestionMaxLength = 500;

    /// <summary>Id of the collapsed detail on an answer card ("Meer lezen" shows it).</summary>
    public const string DetailId = "faq-detail";

    /// <summary>
    /// The answer: the question (or the facet's) as title, the one-sentence short answer first, the full answer collapsed
    /// under "Meer lezen", follow-ups as buttons of their own (short titles, never cut) and "Was dit nuttig? 👍 / 👎".
    /// </summary>
    public static AdaptiveCard Answer(FaqEntry entry, FaqFacet? facet, FaqKnowledgeBase knowledgeBase, string? asked, string? feedbackNotice = null)
    {
        var question = Clip(asked);
        var shortAnswer = facet?.ShortAnswer ?? entry.ShortAnswer;
        var card = new AdaptiveCard().AddBody(
            new TextBlock(CardText.Literal(facet?.Question ?? entry.Question)) { Size = TextSize.Large, Weight = TextWeight.Bolder, Style = TextBlockStyle.Heading },
            new TextBlock(CardText.Literal(shortAnswer.Length > 0 ? shortAnswer : entry.Answer)) { Weight = TextWeight.Bolder });
        if (shortAnswer.Length > 0 && !string.Equals(shortAnswer, entry.Answer, StringComparison.Ordinal))
        {
            var detail = new Container { Id = DetailId, IsVisible = false };
            if (facet is not null)
            {
                detail.Items.Add(new TextBlock($"{FaqChatTexts.FromQuestion}: {CardText.Literal(entry.Question)}") { IsSubtle = true, Size = TextSize.Small });
            }

            detail.Items.Add(TextBlock.Literal(entry.Answer));
            card.AddBody(new ActionSet(new ActionToggleVisibility(FaqChatTexts.ReadMore, DetailId)), detail);
        }

        var followUps = entry.FollowUps.Select(knowledgeBase.Find).OfType<FaqEntry>().ToList();
        if (followUps.Count > 0)
        {
            card.AddBody(new TextBlock(FaqTexts.FollowUps) { Weight = TextWeight.Bolder, Separator = true });
            card.AddBody(EntryButtons(followUps, question));
        }

        var facetId = facet?.Id;
        if (feedbackNotice is not null)
        {
            return card.AddBody(new TextBlock(feedbackNotice) { IsSubtle = true, Separator = true });
        }

        return card.AddBody(
            new TextBlock(FaqChatTexts.WasThisHelpful) { Separator = true },
            new ActionSet(Feedback(entry, facetId, question, helpful: true), Feedback(entry, facetId, question, helpful: false)));
    }

    /// <summary>Below the confidence threshold: no guess, the three closest questions and the community manager.</summary>
    public static AdaptiveCard NotSure(string asked, IEnumerable<FaqEntry> closest)
    {
        var question = Clip(asked);
        return new AdaptiveCard()
            .AddBody(
                TextBlock.Heading(FaqChatTexts.NotSureTitle),
                new TextBlock($"{FaqChatTexts.YouAsked}: {CardText.Literal(question)}") { IsSubtle = true },
                new TextBlock(FaqTexts.NotSure))
            .AddBody(EntryButtons(closest.Take(3), question))
            .AddBody(new TextBlock(FaqChatTexts.HelpHint) { IsSubtle = true, Size = TextSize.Small })
            .AddActions(AskCommunityManager(question));
    }

    /// <summary>Not about the cooperative model: refused with where such a question goes, never answered with the nearest entry.</summary>
    public static AdaptiveCard OutOfScope(string asked, FaqRefusal? refusal) => new AdaptiveCard().AddBody(
        TextBlock.Heading(FaqChatTexts.OutOfScopeTitle),
        new TextBlock($"{FaqChatTexts.YouAsked}: {CardText.Literal(Clip(asked))}") { IsSubtle = true },
        new TextBlock(FaqTexts.OutOfScopeFor(refusal)),
        new TextBlock(FaqChatTexts.HelpHint) { IsSubtle = true, Size = TextSize.Small });

    public static string Clip(string? text) => CardText.Truncate(string.IsNullOrWhiteSpace(text) ? "-" : text.Trim(), QuestionMaxLength);

    public static ActionExecute AskCommunityManager(string question) => new()
    {
        Title = FaqTexts.AskCommunityManager,
        Verb = FaqVerbs.AskCommunityManager,
        Data = new { question },
    };

    /// <summary>One ActionSet per entry, so each button has the card's full width and its short title is never cut.</summary>
    private static IEnumerable<CardElement> EntryButtons(IEnumerable<FaqEntry> entries, string question) =>
        entries.Select(e => new ActionSet(ShowEntry(e, question)) { Spacing = Spacing.Small });

    private static ActionExecute ShowEntry(FaqEntry entry, string question) => new()
    {
        Title = entry.ButtonTitle,
        Tooltip = entry.Question,
        Verb = FaqVerbs.Answer,
        Data = new { entryId = entry.Id, question },
    };

    private static ActionExecute Feedback(FaqEntry entry, string? facetId, string question, bool helpful) => new()
    {
        Title = helpful ? FaqChatTexts.Helpful : FaqChatTexts.NotHelpful,
        Verb = FaqVerbs.Feedback,
        Data = new { entryId = entry.Id, facetId, helpful, question },
    };
}
