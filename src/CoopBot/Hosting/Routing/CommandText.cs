using System.Text.RegularExpressions;

namespace CoopBot.Hosting.Routing;

/// <summary>Normalises what a user typed so "  Stemming " and "stemming" hit the same route.</summary>
internal static partial class CommandText
{
    public static string Normalize(string text) => Spaces().Replace(text.Trim().ToLowerInvariant(), " ").TrimEnd('?', '!', '.');

    /// <summary>Finds the longest command the text starts with, and the arguments after it.</summary>
    public static (string? Command, string Arguments) Match(string text, IReadOnlyList<string> commandsByLength)
    {
        var normalized = Normalize(text);
        foreach (var command in commandsByLength)
        {
            if (normalized == command)
            {
                return (command, string.Empty);
            }

            if (normalized.StartsWith(command + " ", StringComparison.Ordinal))
            {
                // Arguments keep the user's casing: they are often titles.
                var original = Spaces().Replace(text.Trim(), " ");
                return (command, original[Math.Min(original.Length, command.Length)..].Trim());
            }
        }

        return (null, normalized);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
