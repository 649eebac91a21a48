namespace CoopBot.Faq.Tests;

public class EditorTests
{
    private static string Shipped => File.ReadAllText(FaqKnowledgeBase.DefaultPath);

    [Fact]
    public void Format_ShippedFile_IsAlreadyCanonical()
    {
        Assert.Equal(Shipped, FaqKnowledgeBaseEditor.Format(Shipped));
    }

    [Fact]
    public void AddPhrasing_NewText_ChangesOnlyThatEntry()
    {
        var result = FaqKnowledgeBaseEditor.AddPhrasing(Shipped, "confidentieel", "Moet ik zwijgen over offertes?");

        Assert.True(result.Succeeded, result.Error);
        var before = Shipped.Split('\n');
        var after = result.Json!.Split('\n');
        Assert.Equal(before.Length + 1, after.Length);
        Assert.Single(before.Except(after)); // the previous last phrasing gains a comma
        Assert.Contains("        \"Moet ik zwijgen over offertes?\"", after);
        var edited = FaqKnowledgeBase.Parse(result.Json).Find("confidentieel")!;
        Assert.Equal("Moet ik zwijgen over offertes?", edited.Phrasings[^1]);
    }

    [Theory]
    [InlineData("bestaat-niet", "Een vraag?", "geen entry")]
    [InlineData("confidentieel", "   ", "leeg")]
    [InlineData("confidentieel", "Wat met confidentiële zaken?", "bestaat al bij 'confidentieel'")]
    [InlineData("confidentieel", "WIE IS DE VOORZITTER VAN DE STUURGROEP", "bestaat al bij 'voorzitter'")]
    public void AddPhrasing_InvalidRequest_IsRefused(string id, string text, string reason)
    {
        var result = FaqKnowledgeBaseEditor.AddPhrasing(Shipped, id, text);

        Assert.False(result.Succeeded);
        Assert.Contains(reason, result.Error, StringComparison.Ordinal);
    }
}
