namespace CoopBot.Broadcasts;

/// <summary>Where one delivery stands.</summary>
public enum DeliveryStatus
{
    Pending,
    Sending,
    Sent,
    Failed,
}

/// <summary>Delivery counts of one broadcast, derived from its delivery rows.</summary>
public sealed record BroadcastStats(string Title, int Sent, int Failed, int Pending)
{
    public int Total => Sent + Failed + Pending;
}
