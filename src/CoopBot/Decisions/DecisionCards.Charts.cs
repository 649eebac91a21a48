using CoopBot.Cards;
using CoopBot.Domain.Decisions;

namespace CoopBot.Decisions;

// Issue 18: the tally as Teams charts. Chart values are the stored counts; each chart falls back to the text rows
// (today's fact set with its percentages) on clients without charts, such as the Agents Playground.
internal static partial class DecisionCards
{
    /// <summary>A donut for an ordered scale (the five-point stelling), horizontal bars for every other kind.</summary>
    private static ChartElement TallyChart(PollView view, FactSet fallback)
    {
        var definition = view.Poll.Definition;
        if (definition.Kind.OrderedScale)
        {
            return new ChartDonut
            {
                Title = DecisionTexts.TallyChartTitle,
                ColorSet = ChartColorSet.Diverging,
                Data = [.. definition.Options.Select(o => new DonutDataPoint(o.Label, view.Tally.CountFor(o.Id)))],
                Separator = true,
                Fallback = fallback,
            };
        }

        return new ChartHorizontalBar
        {
            Title = DecisionTexts.TallyChartTitle,
            // Issue 16: with an axis Teams draws fractional ticks (0.17, 0.33…) for counts; without it each bar shows its whole count.
            DisplayMode = HorizontalBarDisplayMode.AbsoluteNoAxis,
            Data = [.. definition.Options.Select(o => new HorizontalBarDataPoint(o.Label, view.Tally.CountFor(o.Id)) { Color = RoleColor(o.Role) })],
            Separator = true,
            Fallback = fallback,
        };
    }

    /// <summary>Participation as a gauge from 0 to the eligible voters, with the quorum in its label.</summary>
    private static CardElement ParticipationGauge(PollView view)
    {
        var tally = view.Tally;
        var label = DecisionTexts.ParticipationLabel(Participation(view), view.Poll.Definition.Settings.QuorumPercent, tally.QuorumMet);
        var text = new TextBlock(label) { IsSubtle = true, Wrap = true };
        if (tally.Eligible == 0)
        {
            return text;
        }

        return new ChartGauge
        {
            Title = DecisionTexts.ParticipationChartTitle,
            Value = tally.Voters,
            Min = 0,
            Max = tally.Eligible,
            ValueFormat = GaugeValueFormat.Fraction,
            SubLabel = label,
            Segments =
            [
                new GaugeSegment(DecisionTexts.VotedLegend, tally.Voters) { Color = ChartColor.Good },
                new GaugeSegment(DecisionTexts.NotVotedLegend, tally.Eligible - tally.Voters) { Color = ChartColor.Neutral },
            ],
            Fallback = text,
        };
    }

    private static ChartColor? RoleColor(OptionRole role) => role switch
    {
        OptionRole.For => ChartColor.Good,
        OptionRole.Against or OptionRole.Block => ChartColor.Attention,
        OptionRole.Abstain or OptionRole.NoneOfThese => ChartColor.Neutral,
        _ => null,
    };
}
