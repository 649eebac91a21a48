namespace CoopBot.Storage;

/// <summary>The kind of one operation in an entity group transaction (same names as Azure.Data.Tables).</summary>
public enum TableTransactionActionType
{
    /// <summary>Insert; fails the transaction if the entity exists.</summary>
    Add,

    /// <summary>Insert or merge, unconditionally.</summary>
    UpsertMerge,

    /// <summary>Insert or replace, unconditionally.</summary>
    UpsertReplace,

    /// <summary>Merge into an existing entity, guarded by the action's ETag ("*" when default).</summary>
    UpdateMerge,

    /// <summary>Replace an existing entity, guarded by the action's ETag ("*" when default).</summary>
    UpdateReplace,

    /// <summary>Delete an existing entity, guarded by the action's ETag ("*" when default); a missing entity fails the transaction.</summary>
    Delete,
}
