using CoopBot.Domain.Common;

namespace CoopBot.Domain.Decisions;

/// <summary>A link that belongs to a proposal (an offer, a note). Only the link is stored, never the file.</summary>
public sealed record PollAttachment(string Label, Uri Url);

/// <summary>Reads attachments as typed in the form: one per line, "optional title, then the link".</summary>
public static class PollAttachments
{
    public static Result<IReadOnlyList<PollAttachment>> Parse(string? text)
    {
        var lines = (text ?? string.Empty).Split('\n').Select(l => PollText.Clean(l)).Where(l => l.Length > 0).ToList();
        if (lines.Count > PollLimits.MaxAttachments)
        {
            return Result<IReadOnlyList<PollAttachment>>.Fail("too-many-attachments", $"Maximaal {PollLimits.MaxAttachments} bijlagen.");
        }

        var attachments = new List<PollAttachment>();
        foreach (var line in lines)
        {
            var split = line.LastIndexOf(' ');
            var link = split < 0 ? line : line[(split + 1)..];
            if (!Uri.TryCreate(link, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
            {
                return Result<IReadOnlyList<PollAttachment>>.Fail(
                    "attachment-invalid", $"“{line}” is geen geldige link. Zet per regel een titel (optioneel) en een link die begint met https://.");
            }

            var label = split < 0 ? url.Host : line[..split].Trim();
            if (label.Length > PollLimits.AttachmentLabelMaxLength)
            {
                return Result<IReadOnlyList<PollAttachment>>.Fail(
                    "attachment-label-too-long", $"De titel van een bijlage is maximaal {PollLimits.AttachmentLabelMaxLength} tekens lang.");
            }

            attachments.Add(new PollAttachment(label, url));
        }

        return Result<IReadOnlyList<PollAttachment>>.Success(attachments);
    }
}
