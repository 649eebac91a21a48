namespace CoopBot.Storage.Queues;

/// <summary>A received message: delete it with its pop receipt once handled, or it becomes visible again.</summary>
/// <param name="MessageId">The service's message id.</param>
/// <param name="PopReceipt">Proof of this receipt; needed to delete the message.</param>
/// <param name="Text">The message text as it was sent.</param>
/// <param name="DequeueCount">How often the message was received, this time included.</param>
public sealed record QueueMessage(string MessageId, string PopReceipt, string Text, long DequeueCount);
