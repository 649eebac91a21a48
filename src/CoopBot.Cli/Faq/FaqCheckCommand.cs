namespace CoopBot.Cli.Faq;

/// <summary><c>faq check</c>: validates the knowledge base; exit 1 when it has problems.</summary>
internal static class FaqCheckCommand
{
    public static int Run(CliInvocation invocation)
    {
        invocation.Arguments.ExpectPositional(0, "faq check [--file <kb.json>]");
        var path = KnowledgeBaseLocator.ForReading(invocation.Arguments);
        if (!FaqFiles.TryLoadKnowledgeBase(path, invocation.Error, out var knowledgeBase))
        {
            return CliExitCodes.Failure;
        }

        var problems = knowledgeBase.Validate();
        foreach (var problem in problems)
        {
            invocation.Out.WriteLine($"FOUT [{problem.Kind}] {problem.Message}");
        }

        if (problems.Count > 0)
        {
            invocation.Out.WriteLine($"{problems.Count} probleem/problemen gevonden in {path}.");
            return CliExitCodes.Failure;
        }

        var phrasings = knowledgeBase.Entries.Sum(e => e.AllQuestions().Count() - 1);
        invocation.Out.WriteLine(CliTexts.KnowledgeBaseOk(knowledgeBase.Entries.Count, phrasings, path));
        return CliExitCodes.Success;
    }
}
