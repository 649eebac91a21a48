namespace CoopBot.Storage;

/// <summary>How an update or upsert treats properties the stored entity has but the new one lacks.</summary>
public enum TableUpdateMode
{
    /// <summary>Keep them (HTTP MERGE).</summary>
    Merge,

    /// <summary>Drop them: the entity is replaced as a whole (HTTP PUT).</summary>
    Replace,
}
