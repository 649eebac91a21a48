using CoopBot.Faq.Evaluation;

namespace CoopBot.Faq.Tests;

/// <summary>Shared access to the shipped knowledge base and the evaluation sets copied next to the tests.</summary>
internal static class TestData
{
    /// <summary>The ids design.md requires, in its order.</summary>
    public static readonly string[] RequiredIds =
    [
        "waarom-cooperatief", "wat-is-een-dienst", "hoe-definitief", "cultuurcentra", "werkgroepen",
        "aansprakelijkheid", "rol-stuurgroep", "inbreng-cooperanten", "enkel-digitaal", "samenstelling",
        "voorzitter", "opschaling-experiment", "ontstaan-dienst", "wissel-samenstelling", "communicatie-afnemers",
        "confidentieel", "meer-vragen", "stuurgroepen-overzicht", "pijlers", "drempelbedragen", "connect-en-co",
        "vervanging", "deelnemen",
    ];

    private static readonly Lazy<FaqKnowledgeBase> LazyKnowledgeBase = new(FaqKnowledgeBase.LoadDefault);
    private static readonly Lazy<FaqIndex> LazyIndex = new(() => FaqIndex.Build(KnowledgeBase));

    public static FaqKnowledgeBase KnowledgeBase => LazyKnowledgeBase.Value;

    public static FaqIndex Index => LazyIndex.Value;

    public static string DataPath(string fileName) => Path.Combine(AppContext.BaseDirectory, "Data", fileName);

    public static IReadOnlyList<EvalCase> Load(string fileName) => EvalSet.Parse(File.ReadAllText(DataPath(fileName)));

    /// <summary>A scratch file that deletes itself.</summary>
    public sealed class TempFile : IDisposable
    {
        public TempFile(string contents)
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"coopbot-faq-{Guid.NewGuid():N}.json");
            File.WriteAllText(Path, contents);
        }

        public string Path { get; }

        public string Read() => File.ReadAllText(Path);

        public void Dispose() => File.Delete(Path);
    }
}
