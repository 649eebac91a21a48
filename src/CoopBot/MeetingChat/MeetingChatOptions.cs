using System.ComponentModel.DataAnnotations;

namespace CoopBot.MeetingChat;

/// <summary>Section "MeetingChat".</summary>
public sealed class MeetingChatOptions : IValidatableObject
{
    public const string SectionName = "MeetingChat";

    /// <summary>
    /// The bot's public https base URL (one of the manifest's validDomains), for the page of the in-meeting notification.
    /// Empty: a vote started in a meeting chat is posted there without the in-meeting notification bubble.
    /// </summary>
    public string PublicBaseUrl { get; set; } = string.Empty;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (PublicBaseUrl.Length > 0 && (!Uri.TryCreate(PublicBaseUrl, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps))
        {
            yield return new ValidationResult("MeetingChat:PublicBaseUrl must be empty or an absolute https URL.");
        }
    }
}
