using CoopBot.Decisions;

namespace CoopBot.IntegrationTests.Decisions;

/// <summary>Anonymous ballots: sealed with the decision's key, bound to decision and voter, unreadable without the key.</summary>
public sealed class BallotSealTests
{
    private readonly byte[] _key = BallotSeal.NewKey();

    [Fact]
    public void SealedBallot_OpensWithItsKey()
    {
        var sealedText = BallotSeal.Seal(_key, "poll-1", "voter-1", ["o1", "o3"], "Omdat het **goedkoper** is");

        var (options, reason) = BallotSeal.Open(_key, "poll-1", "voter-1", sealedText);

        Assert.Equal(["o1", "o3"], options);
        Assert.Equal("Omdat het **goedkoper** is", reason);
        Assert.DoesNotContain("goedkoper", System.Text.Encoding.Latin1.GetString(Convert.FromBase64String(sealedText)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("other-key", "poll-1", "voter-1")]
    [InlineData("same-key", "poll-2", "voter-1")]
    [InlineData("same-key", "poll-1", "voter-2")]
    public void SealedBallot_DoesNotOpenWithAnotherKeyOrForAnotherVoter(string key, string pollId, string voterId)
    {
        var sealedText = BallotSeal.Seal(_key, "poll-1", "voter-1", ["o1"], null);

        Assert.Throws<InvalidDataException>(() => BallotSeal.Open(key == "same-key" ? _key : BallotSeal.NewKey(), pollId, voterId, sealedText));
    }

    [Fact]
    public void SealedLength_DoesNotTellTheChoice()
    {
        var one = BallotSeal.Seal(_key, "poll-1", "voter-1", ["o1"], null);
        var three = BallotSeal.Seal(_key, "poll-1", "voter-1", ["o1", "o2", "o3"], "Kort.");

        Assert.Equal(one.Length, three.Length);
        Assert.NotEqual(one, BallotSeal.Seal(_key, "poll-1", "voter-1", ["o1"], null)); // a fresh nonce every time
    }
}
