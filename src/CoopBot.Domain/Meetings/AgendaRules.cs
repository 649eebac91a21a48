using CoopBot.Domain.Amounts;
using CoopBot.Domain.Common;

namespace CoopBot.Domain.Meetings;

/// <summary>One point on a meeting agenda, as the chair entered it.</summary>
/// <param name="Number">Position on the agenda, from 1.</param>
/// <param name="Title">What is discussed.</param>
/// <param name="Presenter">Who presents it.</param>
/// <param name="Minutes">Time reserved.</param>
/// <param name="IsConfidential">Offers, budgets and other matters under NDA (seed 002 "Wat met confidentiële zaken?").</param>
/// <param name="DecisionIds">Open proposals this point discusses.</param>
/// <param name="Amount">An amount at stake (€ excl. VAT), if any; never public for a confidential point.</param>
public sealed record AgendaItem(
    int Number, string Title, string Presenter, int Minutes, bool IsConfidential, IReadOnlyList<string> DecisionIds, Money? Amount = null)
{
    /// <summary>The point as <see cref="PublicRedaction"/> sees it, with the verslag text written for it.</summary>
    public MeetingItem ToMeetingItem(string? text) => new(Number, Title, text, Amount, IsConfidential);
}

/// <summary>Limits of an agenda, so a card stays readable and under the Teams size limit.</summary>
public static class AgendaRules
{
    /// <summary>Most points on one agenda.</summary>
    public const int MaxItems = 12;

    /// <summary>Longest title.</summary>
    public const int TitleMaxLength = 150;

    /// <summary>Longest presenter name.</summary>
    public const int PresenterMaxLength = 80;

    /// <summary>Longest time for one point: a whole meeting day.</summary>
    public const int MaxMinutes = 480;

    /// <summary>Most linked proposals per point.</summary>
    public const int MaxDecisionLinks = 5;

    /// <summary>Longest verslag text per point: the verslag is short (seed 002 "een kort verslag").</summary>
    public const int MinutesTextMaxLength = 600;

    /// <summary>Validates a new point and appends it with the next number.</summary>
    public static Result<AgendaItem> Add(
        IReadOnlyList<AgendaItem> agenda, string? title, string? presenter, int? minutes, bool isConfidential, IReadOnlyList<string> decisionIds, Money? amount = null)
    {
        ArgumentNullException.ThrowIfNull(agenda);
        ArgumentNullException.ThrowIfNull(decisionIds);
        var cleanTitle = title?.Trim() ?? string.Empty;
        var cleanPresenter = presenter?.Trim() ?? string.Empty;
        return agenda.Count >= MaxItems ? MeetingRejections.AgendaFull
            : cleanTitle.Length is 0 or > TitleMaxLength ? MeetingRejections.AgendaTitle
            : cleanPresenter.Length is 0 or > PresenterMaxLength ? MeetingRejections.AgendaPresenter
            : minutes is not (>= 1 and <= MaxMinutes) ? MeetingRejections.AgendaMinutes
            : decisionIds.Count > MaxDecisionLinks ? MeetingRejections.AgendaDecisionLinks
            : new AgendaItem(agenda.Count + 1, cleanTitle, cleanPresenter, minutes.Value, isConfidential, decisionIds.Distinct(StringComparer.Ordinal).ToList(), amount);
    }
}
