namespace CoopBot.Testing;

/// <summary>Well-known folders of the repository, found from the test binaries' location.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>The folder that holds <c>CoopBot.sln</c>.</summary>
    public static string Root => LazyRoot.Value;

    /// <summary>The repository's <c>node_modules</c> folder (filled by <c>npm ci</c>).</summary>
    public static string NodeModules => Path.Combine(Root, "node_modules");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CoopBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException(
            $"No folder containing CoopBot.sln above '{AppContext.BaseDirectory}'.");
    }
}
