namespace CoopBot.Faq;

/// <summary>
/// The FAQ knowledge base: the entries of <c>KnowledgeBase/faq.nl.json</c>, which the community manager edits.
/// Loading is the library's only I/O; everything else works on the loaded entries.
/// </summary>
public sealed partial class FaqKnowledgeBase
{
    /// <summary>The file name of the knowledge base, in the <c>KnowledgeBase</c> folder.</summary>
    public const string FileName = "faq.nl.json";

    private readonly Dictionary<string, FaqEntry> _byId;

    /// <summary>Creates a knowledge base from entries (duplicates are kept so that validation can report them).</summary>
    /// <param name="entries">The entries in file order.</param>
    public FaqKnowledgeBase(IReadOnlyList<FaqEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        Entries = entries;
        _byId = new Dictionary<string, FaqEntry>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            _byId.TryAdd(entry.Id, entry);
        }
    }

    /// <summary>The entries in file order.</summary>
    public IReadOnlyList<FaqEntry> Entries { get; }

    /// <summary>The path of the knowledge base copied next to the running assembly.</summary>
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "KnowledgeBase", FileName);

    /// <summary>Reads and parses a knowledge-base file.</summary>
    /// <param name="path">Path of a <c>faq.nl.json</c> file.</param>
    /// <exception cref="InvalidDataException">The file is not a valid knowledge base.</exception>
    public static FaqKnowledgeBase Load(string path) => Parse(File.ReadAllText(path));

    /// <summary>Loads the knowledge base shipped next to the assembly (<see cref="DefaultPath"/>).</summary>
    public static FaqKnowledgeBase LoadDefault() => Load(DefaultPath);

    /// <summary>Finds an entry by id.</summary>
    /// <param name="id">The entry id.</param>
    /// <returns>The first entry with that id, or null.</returns>
    public FaqEntry? Find(string id) => _byId.GetValueOrDefault(id);
}
