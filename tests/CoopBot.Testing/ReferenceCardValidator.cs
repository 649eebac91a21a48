using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CoopBot.Testing;

/// <summary>The reference parser's verdict on one card (see tests/tools/validate-cards.mjs).</summary>
/// <param name="Index">Position of the card in the validated batch.</param>
/// <param name="Errors">Parse, validation and strictness errors.</param>
/// <param name="Warnings">Advisory findings (e.g. a required input without a label, a card over 28 KB).</param>
/// <param name="Bytes">Size of the card's compact UTF-8 JSON.</param>
public sealed record CardValidationResult(int Index, IReadOnlyList<string> Errors, IReadOnlyList<string> Warnings, int Bytes)
{
    /// <summary>No errors and no warnings.</summary>
    public bool IsClean => Errors.Count == 0 && Warnings.Count == 0;

    /// <inheritdoc />
    public override string ToString() =>
        $"card {Index} ({Bytes} bytes): " + string.Join("; ", Errors.Concat(Warnings).DefaultIfEmpty("clean"));
}

/// <summary>
/// Runs Microsoft's Adaptive Cards reference parser (npm <c>adaptivecards</c>) over cards through
/// <c>node tests/tools/validate-cards.mjs</c>, one process per batch. Fails loudly when Node or the package is missing.
/// </summary>
public static class ReferenceCardValidator
{
    private const string ScriptPath = "tests/tools/validate-cards.mjs";
    private static readonly JsonSerializerOptions ResultOptions = new(JsonSerializerDefaults.Web);

    /// <summary>Validates every card in one node run; results are in input order.</summary>
    /// <exception cref="InvalidOperationException">Node or node_modules/adaptivecards is missing, or the script failed.</exception>
    public static async Task<IReadOnlyList<CardValidationResult>> ValidateAsync(IEnumerable<JsonNode> cards, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(cards);
        var batch = new JsonArray([.. cards.Select(card => card.DeepClone())]);
        var root = FindRepoRoot();
        if (!File.Exists(Path.Combine(root, "node_modules", "adaptivecards", "package.json")))
        {
            throw new InvalidOperationException($"node_modules/adaptivecards is missing under {root}: run npm ci in the repository root.");
        }

        var (exitCode, stdout, stderr) = await RunNodeAsync(root, batch.ToJsonString(), ct);
        if (exitCode is not (0 or 1))
        {
            throw new InvalidOperationException($"{ScriptPath} exited with {exitCode}: {stderr}");
        }

        var results = JsonSerializer.Deserialize<List<CardValidationResult>>(stdout, ResultOptions);
        return results is { } list && list.Count == batch.Count
            ? list
            : throw new InvalidOperationException($"{ScriptPath} returned {results?.Count ?? 0} results for {batch.Count} cards: {stdout}");
    }

    private static async Task<(int ExitCode, string Stdout, string Stderr)> RunNodeAsync(string root, string input, CancellationToken ct)
    {
        var startInfo = new ProcessStartInfo("node", [ScriptPath])
        {
            WorkingDirectory = root,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = StartOrExplain(startInfo);
        try
        {
            var stdout = process.StandardOutput.ReadToEndAsync(ct);
            var stderr = process.StandardError.ReadToEndAsync(ct);
            await process.StandardInput.WriteAsync(input.AsMemory(), ct);
            process.StandardInput.Close();
            await process.WaitForExitAsync(ct);
            return (process.ExitCode, await stdout, await stderr);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
    }

    private static Process StartOrExplain(ProcessStartInfo startInfo)
    {
        try
        {
            return Process.Start(startInfo) ?? throw new InvalidOperationException("node did not start.");
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException(
                "Node.js (node) is not on PATH; the Adaptive Cards reference parser needs Node 20+ and `npm ci` in the repository root.", e);
        }
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CoopBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"CoopBot.sln not found above {AppContext.BaseDirectory}.");
    }
}
