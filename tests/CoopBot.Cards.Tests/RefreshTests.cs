namespace CoopBot.Cards.Tests;

public class RefreshTests
{
    private static readonly ActionExecute RefreshAction = new() { Verb = "decisions.refresh" };

    private static List<string> Ids(int count) => [.. Enumerable.Range(1, count).Select(i => $"29:user-{i}")];

    [Fact]
    public void Constructor_SixtyUserIds_Accepted()
    {
        var refresh = new Refresh(RefreshAction, Ids(Refresh.MaxUserIds));

        Assert.Equal(60, refresh.UserIds!.Count);
    }

    [Fact]
    public void Constructor_SixtyOneUserIds_ThrowsWithExplanation()
    {
        var error = Assert.Throws<ArgumentException>(() => new Refresh(RefreshAction, Ids(61)));

        Assert.Contains("61", error.Message, StringComparison.Ordinal);
        Assert.Contains("at most 60", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Initializer_SixtyOneUserIds_Throws()
    {
        Assert.Throws<ArgumentException>(() => new Refresh { Action = RefreshAction, UserIds = Ids(61) });
    }

    [Fact]
    public void With_SixtyOneUserIds_Throws()
    {
        var refresh = new Refresh(RefreshAction, Ids(1));

        Assert.Throws<ArgumentException>(() => refresh with { UserIds = Ids(61) });
    }

    [Fact]
    public void Constructor_BlankUserId_Throws()
    {
        Assert.Throws<ArgumentException>(() => new Refresh(RefreshAction, ["29:a", " "]));
    }

    [Fact]
    public void Constructor_CopiesIds_LaterChangesToSourceIgnored()
    {
        var ids = Ids(2);
        var refresh = new Refresh(RefreshAction, ids);

        ids.AddRange(Ids(70));

        Assert.Equal(2, refresh.UserIds!.Count);
    }

    [Fact]
    public void ToJson_UserIds_NullOmittedEmptyKeptAndActionTyped()
    {
        string RefreshJson(IEnumerable<string>? ids) =>
            AdaptiveCardSerializer.ToJsonNode(new AdaptiveCard { Refresh = new Refresh(RefreshAction, ids) })["refresh"]!.ToJsonString();

        Assert.Equal("""{"action":{"type":"Action.Execute","verb":"decisions.refresh"}}""", RefreshJson(null));
        Assert.Equal("""{"action":{"type":"Action.Execute","verb":"decisions.refresh"},"userIds":[]}""", RefreshJson([]));
        Assert.Equal("""{"action":{"type":"Action.Execute","verb":"decisions.refresh"},"userIds":["29:a"]}""", RefreshJson(["29:a"]));
    }
}
