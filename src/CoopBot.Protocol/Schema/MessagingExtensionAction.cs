using System.Text.Json;

namespace CoopBot.Protocol.Schema;

/// <summary>
/// The <c>value</c> of a <c>composeExtension/fetchTask</c> or <c>composeExtension/submitAction</c> invoke (an action
/// command of a message extension).
/// </summary>
public class MessagingExtensionAction
{
    /// <summary>The command's id from the manifest.</summary>
    public string? CommandId { get; set; }

    /// <summary>Where the command was invoked: <c>compose</c>, <c>commandbox</c> or <c>message</c>.</summary>
    public string? CommandContext { get; set; }

    /// <summary>submitAction: the dialog's submitted data (the card's inputs merged into the action's data).</summary>
    public JsonElement? Data { get; set; }

    /// <summary>A message action: the message the user invoked it on.</summary>
    public MessageActionsPayload? MessagePayload { get; set; }

    /// <summary><c>edit</c> or <c>send</c> when the user answers a bot message preview.</summary>
    public string? BotMessagePreviewAction { get; set; }

    /// <summary>Client context, e.g. the theme.</summary>
    public JsonElement? Context { get; set; }
}

/// <summary>The message a message action was invoked on (only the fields CoopBot reads are named).</summary>
public class MessageActionsPayload
{
    /// <summary>Id of the message.</summary>
    public string? Id { get; set; }

    /// <summary>Its body.</summary>
    public MessageActionsPayloadBody? Body { get; set; }

    /// <summary>A link to the message in Teams.</summary>
    public string? LinkToMessage { get; set; }
}

/// <summary>The body of a <see cref="MessageActionsPayload"/>.</summary>
public class MessageActionsPayloadBody
{
    /// <summary><c>html</c> or <c>text</c>.</summary>
    public string? ContentType { get; set; }

    /// <summary>The message content in <see cref="ContentType"/>.</summary>
    public string? Content { get; set; }
}
