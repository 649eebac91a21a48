using CoopBot.Registry.Contracts;
using System.Text;
using CoopBot.Cards;
using CoopBot.Common;
using CoopBot.Protocol.Schema;
using CoopBot.Registry;

namespace CoopBot.Decisions;

/// <summary>Plain messages in a decision's thread: reminders with @mentions, comments and outcomes.</summary>
internal static class DecisionMessages
{
    /// <summary>
    /// One reminder that @mentions every eligible member who has not voted. Teams needs the exact "&lt;at&gt;Name&lt;/at&gt;"
    /// text both in the message and in a mention entity; the title is escaped so markdown in it stays text.
    /// </summary>
    public static Activity Reminder(PollRecord poll, IReadOnlyList<MemberSeat> nonVoters, TimeZoneInfo zone)
    {
        var mentioned = nonVoters.Where(v => v.TeamsUserId is not null).ToList();
        var names = string.Join(", ", nonVoters.Select(v => v.TeamsUserId is null ? CardText.Literal(v.Name) : $"<at>{v.Name}</at>"));
        var text = DecisionTexts.Reminder(CardText.Literal(poll.Definition.Title), DutchFormat.DateTime(poll.State.ClosesAt, zone), nonVoters.Count, names);
        var activity = Activity.CreateMessageActivity(text);
        activity.TextFormat = "markdown";
        activity.Entities = [.. mentioned.Select(v => new Mention { Mentioned = new ChannelAccount { Id = v.TeamsUserId, Name = v.Name }, Text = $"<at>{v.Name}</at>" })];
        return activity;
    }

    /// <summary>A comment as a reply in the thread; plain text, so markdown and HTML are shown as typed.</summary>
    public static Activity Comment(CommentRecord comment)
    {
        var activity = Activity.CreateMessageActivity(DecisionTexts.CommentMessage(comment.AuthorName, comment.Text));
        activity.TextFormat = "plain";
        return activity;
    }
}
