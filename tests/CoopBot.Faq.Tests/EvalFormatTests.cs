using System.Text.Json;
using CoopBot.Faq.Evaluation;

namespace CoopBot.Faq.Tests;

public class EvalFormatTests
{
    [Fact]
    public void Parse_ValidTsv_ReadsIdsAndNone()
    {
        var cases = EvalSet.Parse("question\texpected\r\nwie is voorzitter?\tvoorzitter\n\nweer?\tnone\nx\ta, b\n");

        Assert.Equal(3, cases.Count);
        Assert.Equal(["voorzitter"], cases[0].Expected);
        Assert.True(cases[1].IsOutOfScope);
        Assert.Equal(["a", "b"], cases[2].Expected);
    }

    [Theory]
    [InlineData("vraag\tverwacht\nx\ty")]
    [InlineData("question\texpected\nzonder tab")]
    [InlineData("question\texpected\nx\t")]
    [InlineData("question\texpected\na\tb\tc")]
    public void Parse_MalformedTsv_ThrowsInvalidData(string tsv)
    {
        Assert.Throws<InvalidDataException>(() => EvalSet.Parse(tsv));
    }

    [Fact]
    public void ToJsonLine_Result_HasTheSpecifiedShape()
    {
        var line = new EvalResult(new EvalCase("Wat met \"confidentiële\" zaken?", ["confidentieel", "rol-stuurgroep"]), "confidentieel", 0.912345).ToJsonLine();

        Assert.Equal("""{"question":"Wat met \"confidentiële\" zaken?","expected":["confidentieel","rol-stuurgroep"],"predicted":"confidentieel","score":0.9123,"correct":true}""", line);
    }

    [Fact]
    public void ToJsonLine_RefusedOutOfScope_WritesNullAndCorrect()
    {
        using var json = JsonDocument.Parse(new EvalResult(new EvalCase("het weer?", []), null, 0).ToJsonLine());

        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("predicted").ValueKind);
        Assert.Equal(0, json.RootElement.GetProperty("expected").GetArrayLength());
        Assert.True(json.RootElement.GetProperty("correct").GetBoolean());
    }

    [Fact]
    public void SummaryLine_Report_UsesTheExactFormat()
    {
        var report = new EvalReport(
        [
            new EvalResult(new EvalCase("a", ["x"]), "x", 1),
            new EvalResult(new EvalCase("b", ["x"]), "y", 1),
            new EvalResult(new EvalCase("c", ["x"]), null, 0),
            new EvalResult(new EvalCase("d", []), null, 0),
        ]);

        Assert.Equal("in-scope top1: 1/3 (33.3%), out-of-scope refused: 1/1", report.SummaryLine);
    }
}
