using System.Text;
using CoopBot.Faq;
using CoopBot.FaqChat;
using Microsoft.Extensions.DependencyInjection;

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
        arguments.ExpectPositional(2, "faq add-phrasing <id> \"<tekst>\" [--file <kb.json>] [--opslag]");
        if (arguments.Flag("opslag"))
        {
            return AddToStorage(invocation, arguments.Positional[0], arguments.Positional[1]);
        }

        var path = arguments.Option("file") ?? KnowledgeBaseLocator.RepositoryKnowledgeBase();
        if (path is null)
        {
            invocation.Error.WriteLine(CliTexts.NoRepositoryKnowledgeBase);
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
            invocation.Out.WriteLine(CliTexts.PhrasingAddedToFile(arguments.Positional[0], path));
            return CliExitCodes.Success;
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            invocation.Error.WriteLine(CliTexts.CannotUpdateKnowledgeBase(path, ex.Message));
            return CliExitCodes.Failure;
        }
    }

    // Issue 16: the store the bot reads and the ticket card's button writes (table FaqPhrasings), through the bot's service.
    private static int AddToStorage(CliInvocation invocation, string entryId, string text) => Decisions.CliHost.Run(async () =>
    {
        await using var host = Decisions.CliHost.Build();
        var service = host.Services.GetRequiredService<FaqPhrasingService>();
        var added = await service.StoreAsync(text, entryId, "cli", $"cli|{Guid.NewGuid():N}", CancellationToken.None);
        if (!added.IsSuccess)
        {
            await invocation.Error.WriteLineAsync(added.Rejection!.Message);
            return CliExitCodes.Failure;
        }

        await invocation.Out.WriteLineAsync(CliTexts.PhrasingAddedToStorage(added.Value!.Id));
        return CliExitCodes.Success;
    });
}
