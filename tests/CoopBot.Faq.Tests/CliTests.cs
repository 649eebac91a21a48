using System.Text.Json;
using System.Text.RegularExpressions;
using CoopBot.Cli;

namespace CoopBot.Faq.Tests;

public partial class CliTests
{
    [Fact]
    public void Run_NoArguments_PrintsUsageAndExitsWithTwo()
    {
        var (code, _, error) = Run();

        Assert.Equal(CliExitCodes.Usage, code);
        Assert.Contains("Gebruik / usage", error, StringComparison.Ordinal);
        Assert.Contains("faq eval", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("faq", "bogus")]
    [InlineData("faq", "eval")]
    [InlineData("faq", "check", "--nope", "x")]
    [InlineData("faq", "bench", "--questions", "zero")]
    [InlineData("faq", "add-phrasing", "voorzitter")]
    public void Run_WrongUsage_ExitsWithTwo(params string[] args)
    {
        Assert.Equal(CliExitCodes.Usage, Run(args).Code);
    }

    [Fact]
    public void Add_DuplicateCommand_Throws()
    {
        var commands = new CliCommands();
        var command = new CliCommand("faq check", "", "nl", "en", [], [], _ => 0);
        commands.Add(command);

        Assert.Throws<InvalidOperationException>(() => commands.Add(command));
    }

    [Fact]
    public void FaqCheck_ShippedKnowledgeBase_Succeeds()
    {
        var (code, output, _) = Run("faq", "check", "--file", FaqKnowledgeBase.DefaultPath);

        Assert.Equal(CliExitCodes.Success, code);
        Assert.StartsWith("OK: 23 entries", output, StringComparison.Ordinal);
    }

    [Fact]
    public void FaqCheck_InjectedDuplicateAndUnknownFollowUp_FailsAndNamesThem()
    {
        var json = File.ReadAllText(FaqKnowledgeBase.DefaultPath)
            .Replace("\"id\": \"pijlers\"", "\"id\": \"voorzitter\"", StringComparison.Ordinal)
            .Replace("\"meer-vragen\"\n", "\"geen-idee\"\n", StringComparison.Ordinal);
        using var file = new TestData.TempFile(json);

        var (code, output, _) = Run("faq", "check", "--file", file.Path);

        Assert.Equal(CliExitCodes.Failure, code);
        Assert.Contains("[DuplicateId] De id 'voorzitter'", output, StringComparison.Ordinal);
        Assert.Contains("[UnknownFollowUp]", output, StringComparison.Ordinal);
        Assert.Contains("'geen-idee'", output, StringComparison.Ordinal);
    }

    [Fact]
    public void FaqCheck_MissingFile_ExitsWithOne()
    {
        Assert.Equal(CliExitCodes.Failure, Run("faq", "check", "--file", "/nonexistent/faq.nl.json").Code);
    }

    [Fact]
    public void FaqEval_DevelopmentSet_PrintsOneJsonLinePerQuestionAndTheSummary()
    {
        var (code, output, _) = Run("faq", "eval", TestData.DataPath("dev.tsv"), "--file", FaqKnowledgeBase.DefaultPath);

        Assert.Equal(CliExitCodes.Success, code);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal(TestData.Load("dev.tsv").Count + 1, lines.Length);
        foreach (var line in lines[..^1])
        {
            using var json = JsonDocument.Parse(line);
            Assert.Equal(["question", "expected", "predicted", "score", "correct"], json.RootElement.EnumerateObject().Select(p => p.Name));
        }

        Assert.Matches(Summary(), lines[^1]);
    }

    [Fact]
    public void FaqAddPhrasing_TempFile_AddsOnceAndRefusesTheDuplicate()
    {
        using var file = new TestData.TempFile(File.ReadAllText(FaqKnowledgeBase.DefaultPath));

        var first = Run("faq", "add-phrasing", "vervanging", "Mag mijn directeur in mijn plaats gaan?", "--file", file.Path);
        var second = Run("faq", "add-phrasing", "vervanging", "mag mijn directeur in mijn plaats gaan", "--file", file.Path);

        Assert.Equal(CliExitCodes.Success, first.Code);
        Assert.Equal(CliExitCodes.Failure, second.Code);
        Assert.Contains("bestaat al bij 'vervanging'", second.Error, StringComparison.Ordinal);
        Assert.Contains("Mag mijn directeur in mijn plaats gaan?", FaqKnowledgeBase.Load(file.Path).Find("vervanging")!.Phrasings);
    }

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var code = CliCommands.CreateDefault().Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [GeneratedRegex(@"^in-scope top1: \d+/\d+ \(\d+\.\d%\), out-of-scope refused: \d+/\d+$")]
    private static partial Regex Summary();
}
