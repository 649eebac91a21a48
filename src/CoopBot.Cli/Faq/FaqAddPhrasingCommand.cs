using System.Text;
using CoopBot.Faq;

namespace CoopBot.Cli.Faq;

/// <summary>
/// <c>faq add-phrasing &lt;id&gt; "&lt;text&gt;"</c>: how the community manager turns a ticket's question into a
/// phrasing. Edits the repository's knowledge base (or <c>--file</c>); refuses duplicates and invalid results.
/// </summary>
internal static class FaqAddPhrasingCommand
{
    public static int Run(CliInvocation invocation)
    {
        var arguments = invocation.Arguments;
        arguments.ExpectPositional(2, "faq add-phrasing <id> \"<tekst>\" [--file <kb.json>]");
        var path = arguments.Option("file") ?? KnowledgeBaseLocator.RepositoryKnowledgeBase();
        if (path is null)
        {
            invocation.Error.WriteLine("Kan de kennisbank in de repository niet vinden (geen CoopBot.sln hierboven); geef --file op.");
            return CliExitCodes.Failure;
        }

        try
        {
            var result = FaqKnowledgeBaseEditor.AddPhrasing(File.ReadAllText(path), arguments.Positional[0], arguments.Positional[1]);
            if (!result.Succeeded)
            {
                invocation.Error.WriteLine(result.Error);
                return CliExitCodes.Failure;
            }

            File.WriteAllText(path, result.Json, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            invocation.Out.WriteLine($"Formulering toegevoegd aan '{arguments.Positional[0]}' in {path}.");
            return CliExitCodes.Success;
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            invocation.Error.WriteLine($"Kan de kennisbank niet bijwerken ({path}): {ex.Message}");
            return CliExitCodes.Failure;
        }
    }
}
