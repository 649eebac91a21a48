using CoopBot.Faq;
using CoopBot.Faq.Evaluation;

namespace CoopBot.Cli.Faq;

/// <summary>Reads the FAQ command inputs and turns I/O and format errors into a Dutch message and exit code 1.</summary>
internal static class FaqFiles
{
    public static bool TryLoadKnowledgeBase(string path, TextWriter error, out FaqKnowledgeBase knowledgeBase)
    {
        knowledgeBase = null!;
        try
        {
            knowledgeBase = FaqKnowledgeBase.Load(path);
            return true;
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            error.WriteLine(CliTexts.CannotReadKnowledgeBase(path, ex.Message));
            return false;
        }
    }

    public static bool TryReadEvalSet(string path, TextWriter error, out IReadOnlyList<EvalCase> cases)
    {
        cases = [];
        try
        {
            cases = EvalSet.Parse(File.ReadAllText(path));
            return true;
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            error.WriteLine(CliTexts.CannotReadEvaluationSet(path, ex.Message));
            return false;
        }
    }

    /// <summary>Warns about expected ids that the knowledge base does not contain (a mislabelled line).</summary>
    public static void WarnUnknownIds(FaqKnowledgeBase knowledgeBase, IEnumerable<EvalCase> cases, TextWriter error)
    {
        foreach (var id in cases.SelectMany(c => c.Expected).Distinct(StringComparer.Ordinal))
        {
            if (knowledgeBase.Find(id) is null)
            {
                error.WriteLine(CliTexts.UnknownExpectedId(id));
            }
        }
    }
}
