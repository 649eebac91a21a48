using System.Text.RegularExpressions;
using CoopBot.Faq.Text;

namespace CoopBot.Faq;

public sealed partial class FaqKnowledgeBase
{
    /// <summary>Longest short answer (characters): one sentence that reads at a glance on a card.</summary>
    public const int ShortAnswerMaxLength = 200;

    /// <summary>Longest button title (characters) that Teams shows uncut on a card button of its own.</summary>
    public const int ButtonTitleMaxLength = 36;

    /// <summary>
    /// Checks the content: missing or duplicate ids, empty questions, answers or phrasings, phrasings that
    /// occur twice, and follow-ups that point nowhere (or to the entry itself).
    /// </summary>
    /// <returns>The problems found, in file order; empty when the knowledge base is sound.</returns>
    public IReadOnlyList<FaqProblem> Validate()
    {
        var problems = new List<FaqProblem>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var phrasings = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < Entries.Count; i++)
        {
            var entry = Entries[i];
            var name = entry.Id.Length > 0 ? entry.Id : $"entry {i + 1}";
            if (entry.Id.Length == 0)
            {
                problems.Add(new(FaqProblemKind.MissingId, name, $"{name} heeft geen id."));
            }
            else if (!ids.Add(entry.Id))
            {
                problems.Add(new(FaqProblemKind.DuplicateId, name, $"De id '{entry.Id}' komt meer dan één keer voor."));
            }

            if (entry.Question.Length == 0)
            {
                problems.Add(new(FaqProblemKind.EmptyQuestion, name, $"'{name}' heeft geen vraag."));
            }

            if (entry.Answer.Length == 0)
            {
                problems.Add(new(FaqProblemKind.EmptyAnswer, name, $"'{name}' heeft geen antwoord."));
            }

            CheckPhrasings(entry, name, phrasings, problems);
            CheckShortAnswer(entry.ShortAnswer, name, name, problems);
            if (entry.ButtonTitle.Length > ButtonTitleMaxLength)
            {
                problems.Add(new(FaqProblemKind.ButtonTitleTooLong, name,
                    $"'{name}' heeft een knoptekst (\"label\") nodig van hoogstens {ButtonTitleMaxLength} tekens; de vraag is te lang voor een knop."));
            }

            CheckFacets(entry, name, phrasings, problems);
        }

        foreach (var entry in Entries)
        {
            CheckFollowUps(entry, ids, problems);
        }

        return problems;
    }

    private static void CheckPhrasings(FaqEntry entry, string name, Dictionary<string, string> seen, List<FaqProblem> problems)
    {
        if (entry.Question.Length > 0)
        {
            CheckUnique(entry.Question, name, seen, problems);
        }

        foreach (var phrasing in entry.Phrasings)
        {
            if (phrasing.Length == 0)
            {
                problems.Add(new(FaqProblemKind.EmptyPhrasing, name, $"'{name}' heeft een lege formulering."));
            }
            else
            {
                CheckUnique(phrasing, name, seen, problems);
            }
        }
    }

    private static void CheckUnique(string phrasing, string name, Dictionary<string, string> seen, List<FaqProblem> problems)
    {
        var key = DutchNormalizer.Normalize(phrasing);
        if (!seen.TryAdd(key, name))
        {
            problems.Add(new(FaqProblemKind.DuplicatePhrasing, name,
                $"De formulering \"{phrasing}\" van '{name}' staat ook al bij '{seen[key]}'."));
        }
    }

    private static void CheckFollowUps(FaqEntry entry, HashSet<string> ids, List<FaqProblem> problems)
    {
        foreach (var followUp in entry.FollowUps)
        {
            if (string.Equals(followUp, entry.Id, StringComparison.Ordinal))
            {
                problems.Add(new(FaqProblemKind.SelfFollowUp, entry.Id, $"'{entry.Id}' verwijst naar zichzelf als vervolgvraag."));
            }
            else if (!ids.Contains(followUp))
            {
                problems.Add(new(FaqProblemKind.UnknownFollowUp, entry.Id,
                    $"'{entry.Id}' verwijst naar de onbekende vervolgvraag '{followUp}'."));
            }
        }
    }

    /// <summary>True when <paramref name="text"/> is one sentence: it ends with . ? or ! and no sentence ends inside it.</summary>
    public static bool IsOneSentence(string text) =>
        text.Length > 0 && text[^1] is '.' or '?' or '!' && !InnerSentenceEnd().IsMatch(text[..^1]);

    private static void CheckShortAnswer(string shortAnswer, string entryName, string what, List<FaqProblem> problems)
    {
        if (shortAnswer.Length == 0)
        {
            problems.Add(new(FaqProblemKind.MissingShortAnswer, entryName, $"'{what}' heeft geen kort antwoord (\"short\")."));
        }
        else if (shortAnswer.Length > ShortAnswerMaxLength || !IsOneSentence(shortAnswer))
        {
            problems.Add(new(FaqProblemKind.ShortAnswerTooLong, entryName,
                $"Het korte antwoord van '{what}' moet één zin zijn van hoogstens {ShortAnswerMaxLength} tekens."));
        }
    }

    private static void CheckFacets(FaqEntry entry, string name, Dictionary<string, string> seen, List<FaqProblem> problems)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var facet in entry.Facets)
        {
            var what = $"{name}/{facet.Id}";
            if (facet.Id.Length == 0 || facet.Question.Length == 0 || !ids.Add(facet.Id))
            {
                problems.Add(new(FaqProblemKind.InvalidFacet, name, $"Een deelvraag van '{name}' heeft geen (unieke) id of geen vraag."));
            }

            CheckShortAnswer(facet.ShortAnswer, name, what, problems);
            foreach (var phrasing in facet.Phrasings.Prepend(facet.Question).Where(p => p.Length > 0))
            {
                CheckUnique(phrasing, name, seen, problems);
            }
        }
    }

    // A sentence end inside the text: . ? or ! followed by a space and a capital or digit ("excl. btw" is not one).
    [GeneratedRegex(@"[.?!]\s+[\p{Lu}0-9]", RegexOptions.CultureInvariant)]
    private static partial Regex InnerSentenceEnd();
}
