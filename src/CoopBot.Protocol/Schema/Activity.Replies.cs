namespace CoopBot.Protocol.Schema;

public partial class Activity
{
    /// <summary>Creates an outgoing message activity.</summary>
    public static Activity CreateMessageActivity(string? text = null) =>
        new() { Type = ActivityTypes.Message, Text = text };

    /// <summary>
    /// Creates a message that answers this activity: sender and recipient swapped, same conversation,
    /// channel and serviceUrl, and <see cref="ReplyToId"/> set to this activity's id.
    /// </summary>
    public Activity CreateReply(string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        From = Recipient is null ? null : new ChannelAccount { Id = Recipient.Id, Name = Recipient.Name },
        Recipient = From is null ? null : new ChannelAccount { Id = From.Id, Name = From.Name, AadObjectId = From.AadObjectId },
        Conversation = CopyConversation(Conversation),
        ReplyToId = Id,
        ServiceUrl = ServiceUrl,
        ChannelId = ChannelId,
        Locale = Locale,
    };

    /// <summary>Captures what is needed to address this conversation later.</summary>
    public ConversationReference GetConversationReference() => new()
    {
        ActivityId = Id,
        User = From,
        Bot = Recipient,
        Conversation = Conversation,
        ChannelId = ChannelId,
        ServiceUrl = ServiceUrl,
        Locale = Locale,
    };

    /// <summary>
    /// Addresses this (outgoing) activity to a conversation: channel, serviceUrl and conversation are taken
    /// from <paramref name="reference"/>, the bot becomes the sender and the user the recipient.
    /// <see cref="ReplyToId"/> and <see cref="Locale"/> are only filled when not already set.
    /// </summary>
    public Activity ApplyConversationReference(ConversationReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ChannelId = reference.ChannelId;
        ServiceUrl = reference.ServiceUrl;
        Conversation = reference.Conversation;
        From = reference.Bot;
        Recipient = reference.User;
        ReplyToId ??= reference.ActivityId;
        Locale ??= reference.Locale;
        return this;
    }

    private static ConversationAccount? CopyConversation(ConversationAccount? conversation) =>
        conversation is null
            ? null
            : new ConversationAccount
            {
                Id = conversation.Id,
                Name = conversation.Name,
                ConversationType = conversation.ConversationType,
                IsGroup = conversation.IsGroup,
                TenantId = conversation.TenantId,
            };
}
