namespace CoopBot.Domain.Decisions;

/// <summary>Normalises user text: trims, drops control characters. Markdown and HTML are kept as text; cards show them literally.</summary>
internal static class PollText
{
    public static string Clean(string? text, bool keepNewLines = false)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var chars = text.Where(c => !char.IsControl(c) || (keepNewLines && c == '\n')).ToArray();
        return new string(chars).Trim();
    }
}
