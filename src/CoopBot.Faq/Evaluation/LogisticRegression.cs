namespace CoopBot.Faq.Evaluation;

/// <summary>Binary logistic regression fitted by Newton-Raphson with a small L2 penalty (deterministic, no dependencies).</summary>
internal static class LogisticRegression
{
    private const int Iterations = 50;

    /// <summary>Fits weights (first = intercept) for rows of features <paramref name="x"/> and 0/1 labels <paramref name="y"/>.</summary>
    public static double[] Fit(IReadOnlyList<double[]> x, IReadOnlyList<bool> y, double l2 = 0.01)
    {
        var dimension = x[0].Length + 1;
        var w = new double[dimension];
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            var gradient = new double[dimension];
            var hessian = new double[dimension, dimension];
            for (var i = 0; i < x.Count; i++)
            {
                var row = Row(x[i]);
                var p = Sigmoid(Dot(w, row));
                var error = (y[i] ? 1 : 0) - p;
                for (var a = 0; a < dimension; a++)
                {
                    gradient[a] += error * row[a];
                    for (var b = 0; b < dimension; b++)
                    {
                        hessian[a, b] += p * (1 - p) * row[a] * row[b];
                    }
                }
            }

            for (var a = 1; a < dimension; a++)
            {
                gradient[a] -= l2 * w[a];
                hessian[a, a] += l2;
            }

            hessian[0, 0] += 1e-9;
            var step = Solve(hessian, gradient);
            for (var a = 0; a < dimension; a++)
            {
                w[a] += step[a];
            }
        }

        return w;
    }

    private static double[] Row(double[] features) => [1, .. features];

    private static double Dot(double[] a, double[] b) => a.Select((v, i) => v * b[i]).Sum();

    private static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));

    /// <summary>Gaussian elimination with partial pivoting for the small Newton system.</summary>
    private static double[] Solve(double[,] m, double[] v)
    {
        var n = v.Length;
        var a = (double[,])m.Clone();
        var b = (double[])v.Clone();
        for (var col = 0; col < n; col++)
        {
            var pivot = Enumerable.Range(col, n - col).MaxBy(r => Math.Abs(a[r, col]));
            for (var k = 0; k < n; k++)
            {
                (a[col, k], a[pivot, k]) = (a[pivot, k], a[col, k]);
            }

            (b[col], b[pivot]) = (b[pivot], b[col]);
            for (var r = col + 1; r < n; r++)
            {
                var factor = a[r, col] / a[col, col];
                for (var k = col; k < n; k++)
                {
                    a[r, k] -= factor * a[col, k];
                }

                b[r] -= factor * b[col];
            }
        }

        var solution = new double[n];
        for (var r = n - 1; r >= 0; r--)
        {
            var sum = b[r];
            for (var k = r + 1; k < n; k++)
            {
                sum -= a[r, k] * solution[k];
            }

            solution[r] = sum / a[r, r];
        }

        return solution;
    }
}
