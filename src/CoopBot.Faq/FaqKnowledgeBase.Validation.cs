using CoopBot.Faq.Text;

namespace CoopBot.Faq;

public sealed partial class FaqKnowledgeBase
{
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
}
