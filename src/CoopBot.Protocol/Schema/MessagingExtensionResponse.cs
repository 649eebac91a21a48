namespace CoopBot.Protocol.Schema;

/// <summary>
/// The body of an answer to a <c>composeExtension/*</c> invoke: a dialog step (<see cref="Task"/>) or a result for the
/// compose box (<see cref="ComposeExtension"/>). Shaped as the Bot Framework's <c>MessagingExtensionActionResponse</c>.
/// </summary>
public class MessagingExtensionResponse
{
    /// <summary>Open, continue or end a dialog: <c>continue</c> with a card, or <c>message</c> with text.</summary>
    public TaskModuleResponse? Task { get; set; }

    /// <summary>Cards to insert into the message being written, or a message.</summary>
    public MessagingExtensionResult? ComposeExtension { get; set; }
}

/// <summary>A dialog step: <c>{type: "continue", value: TaskModuleTaskInfo}</c> or <c>{type: "message", value: text}</c>.</summary>
public class TaskModuleResponse
{
    /// <summary><c>continue</c> or <c>message</c>.</summary>
    public string? Type { get; set; }

    /// <summary>A <see cref="TaskModuleTaskInfo"/> for continue, the text for message.</summary>
    public object? Value { get; set; }
}

/// <summary>The dialog to show.</summary>
public class TaskModuleTaskInfo
{
    /// <summary>Dialog title.</summary>
    public string? Title { get; set; }

    /// <summary><c>small</c>, <c>medium</c>, <c>large</c> or pixels.</summary>
    public object? Height { get; set; }

    /// <summary><c>small</c>, <c>medium</c>, <c>large</c> or pixels.</summary>
    public object? Width { get; set; }

    /// <summary>The Adaptive Card attachment the dialog shows.</summary>
    public Attachment? Card { get; set; }
}

/// <summary>What the compose box gets: <c>result</c> with attachments, or <c>message</c> with text.</summary>
public class MessagingExtensionResult
{
    /// <summary><c>list</c> or <c>grid</c>.</summary>
    public string? AttachmentLayout { get; set; }

    /// <summary><c>result</c>, <c>message</c>, <c>auth</c> or <c>config</c>.</summary>
    public string? Type { get; set; }

    /// <summary>The results, each with its preview.</summary>
    public List<MessagingExtensionAttachment>? Attachments { get; set; }

    /// <summary>The text of a <c>message</c> result.</summary>
    public string? Text { get; set; }
}

/// <summary>A result card plus the preview (a thumbnail or hero card) shown in the result list.</summary>
public class MessagingExtensionAttachment : Attachment
{
    /// <summary>What the result list shows for this attachment.</summary>
    public Attachment? Preview { get; set; }
}
