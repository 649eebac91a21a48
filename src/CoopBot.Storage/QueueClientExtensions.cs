using Azure;
using Azure.Storage.Queues;

namespace CoopBot.Storage;

/// <summary>Queue calls whose SDK shape differs from what the features need.</summary>
public static class QueueClientExtensions
{
    /// <summary>
    /// Deletes a received message; false (no exception) when it is gone (404) or was received again by someone else
    /// (400 <c>PopReceiptMismatch</c>): either way this receipt no longer owns it, and the delivery row decides.
    /// </summary>
    public static async Task<bool> TryDeleteMessageAsync(this QueueClient queue, string messageId, string popReceipt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(queue);
        try
        {
            await queue.DeleteMessageAsync(messageId, popReceipt, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 404 || ex.ErrorCode == "PopReceiptMismatch")
        {
            return false;
        }
    }
}
