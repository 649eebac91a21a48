using CoopBot.Faq;

namespace CoopBot.Cli.Faq;

/// <summary>Finds the repository (the folder with CoopBot.sln) and the files the FAQ commands work on.</summary>
internal static class KnowledgeBaseLocator
{
    private const string SolutionFile = "CoopBot.sln";

    /// <summary>The repository root, searched upwards from the working directory, then from the executable.</summary>
    public static string? RepositoryRoot() =>
        FindUp(Directory.GetCurrentDirectory()) ?? FindUp(AppContext.BaseDirectory);

    /// <summary>The knowledge base in the repository, which edits must target.</summary>
    public static string? RepositoryKnowledgeBase()
    {
        var root = RepositoryRoot();
        return root is null ? null : Path.Combine(root, "src", "CoopBot.Faq", "KnowledgeBase", FaqKnowledgeBase.FileName);
    }

    /// <summary>The --file option, else the repository's knowledge base, else the copy next to the executable.</summary>
    public static string ForReading(CliArguments arguments) =>
        arguments.Option("file") ?? RepositoryKnowledgeBase() ?? FaqKnowledgeBase.DefaultPath;

    /// <summary>The development and held-out sets of the test project.</summary>
    public static IReadOnlyList<string> EvaluationSets()
    {
        var root = RepositoryRoot();
        if (root is null)
        {
            return [];
        }

        var data = Path.Combine(root, "tests", "CoopBot.Faq.Tests", "Data");
        return [Path.Combine(data, "dev.tsv"), Path.Combine(data, "heldout.tsv")];
    }

    private static string? FindUp(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, SolutionFile)))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
