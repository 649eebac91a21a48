namespace CoopBot.FaqChat;

/// <summary>Section "Faq": where the knowledge base is read from.</summary>
public sealed class FaqOptions
{
    public const string SectionName = "Faq";

    /// <summary>Path of the knowledge base JSON; empty = the file shipped with the bot (KnowledgeBase/faq.nl.json).</summary>
    public string? KnowledgeBasePath { get; set; }
}
