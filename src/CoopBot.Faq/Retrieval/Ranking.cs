namespace CoopBot.Faq.Retrieval;

/// <summary>The three best-scoring entries of one question, the runner-up score and the vocabulary coverage.</summary>
internal struct Ranking(double coverage)
{
    public const int Size = 3;

    private (int Entry, double Score) _first = (-1, double.NegativeInfinity);
    private (int Entry, double Score) _second = (-1, double.NegativeInfinity);
    private (int Entry, double Score) _third = (-1, double.NegativeInfinity);

    public readonly double Coverage => coverage;

    public int Count { readonly get; private set; }

    public readonly int Entry(int rank) => rank switch { 0 => _first.Entry, 1 => _second.Entry, _ => _third.Entry };

    public readonly double Score(int rank) => rank switch { 0 => _first.Score, 1 => _second.Score, _ => _third.Score };

    /// <summary>The score lead of <paramref name="rank"/> over the best other entry (negative below the top).</summary>
    public readonly double Margin(int rank)
    {
        var other = rank == 0 ? (Count > 1 ? _second.Score : 0) : _first.Score;
        return Score(rank) - other;
    }

    public readonly bool IsOutOfScope(FaqIndexOptions options) =>
        Count == 0 || _first.Score <= 0 || coverage < options.MinimumCoverage;

    public readonly double Confidence(int rank, FaqIndexOptions options) =>
        ConfidenceModel.Confidence(options.Calibration, Score(rank), Margin(rank), coverage);

    public void Offer(int entry, double score)
    {
        Count = Math.Min(Count + 1, Size);
        if (score > _first.Score)
        {
            _third = _second;
            _second = _first;
            _first = (entry, score);
        }
        else if (score > _second.Score)
        {
            _third = _second;
            _second = (entry, score);
        }
        else if (score > _third.Score)
        {
            _third = (entry, score);
        }
    }
}
