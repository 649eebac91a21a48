namespace CoopBot.Protocol.Schema;

/// <summary>The one place that builds answers to <c>composeExtension/*</c> invokes (HTTP 200, Bot Framework shapes).</summary>
public static class ComposeExtensionResponseFactory
{
    /// <summary>Content type of a thumbnail card (the preview of a search result).</summary>
    public const string ThumbnailCardContentType = "application/vnd.microsoft.card.thumbnail";

    private const int HttpOk = 200;

    /// <summary>Opens (or keeps open) a dialog showing <paramref name="card"/>.</summary>
    public static InvokeResponse Dialog(object card, string title, string height = "large", string width = "medium") => Ok(new MessagingExtensionResponse
    {
        Task = new TaskModuleResponse
        {
            Type = "continue",
            Value = new TaskModuleTaskInfo { Title = title, Height = height, Width = width, Card = Attachment.AdaptiveCard(card) },
        },
    });

    /// <summary>Shows <paramref name="text"/> in the dialog (or instead of it) and ends the dialog.</summary>
    public static InvokeResponse DialogMessage(string text) => Ok(new MessagingExtensionResponse { Task = new TaskModuleResponse { Type = "message", Value = text } });

    /// <summary>Search or unfurl results: each card with its preview, as a list.</summary>
    public static InvokeResponse Results(IEnumerable<MessagingExtensionAttachment> attachments) => Ok(new MessagingExtensionResponse
    {
        ComposeExtension = new MessagingExtensionResult { Type = "result", AttachmentLayout = "list", Attachments = [.. attachments] },
    });

    /// <summary>A text shown in the compose extension's result area instead of results (a refusal or an explanation).</summary>
    public static InvokeResponse ResultMessage(string text) => Ok(new MessagingExtensionResponse
    {
        ComposeExtension = new MessagingExtensionResult { Type = "message", Text = text },
    });

    /// <summary>An Adaptive Card result with a thumbnail-card preview carrying <paramref name="title"/> and <paramref name="text"/>.</summary>
    public static MessagingExtensionAttachment CardResult(object card, string title, string text) => new()
    {
        ContentType = Attachment.AdaptiveCardContentType,
        Content = card,
        Preview = new Attachment { ContentType = ThumbnailCardContentType, Content = new { title, text } },
    };

    private static InvokeResponse Ok(MessagingExtensionResponse body) => new() { Status = HttpOk, Body = body };
}
