namespace De06Metrics.Reporting;

/// <summary>A linear axis from a domain of values to pixels, with "nice" ticks (1, 2 or 5 times a power of ten).</summary>
internal readonly struct ChartScale
{
    private ChartScale(decimal low, decimal high, decimal step, double from, double to)
    {
        Low = low;
        High = high;
        Step = step;
        From = from;
        To = to;
    }

    public decimal Low { get; }

    public decimal High { get; }

    public decimal Step { get; }

    public double From { get; }

    public double To { get; }

    /// <summary>Decimals needed to write every tick exactly.</summary>
    public int TickDecimals => Math.Max(0, -(int)Math.Floor(Math.Log10((double)Step)));

    public static ChartScale Nice(IEnumerable<decimal> values, double from, double to, int ticks = 5)
    {
        var list = values.ToList();
        var low = Math.Min(0m, list.Count == 0 ? 0m : list.Min());
        var high = Math.Max(0m, list.Count == 0 ? 1m : list.Max());
        if (high == low)
        {
            high = low + 1m;
        }

        var step = NiceStep((high - low) / ticks);
        return new ChartScale(Math.Floor(low / step) * step, Math.Ceiling(high / step) * step, step, from, to);
    }

    public IEnumerable<decimal> Ticks()
    {
        for (var tick = Low; tick <= High; tick += Step)
        {
            yield return tick;
        }
    }

    public double Map(decimal value) => From + ((double)((value - Low) / (High - Low)) * (To - From));

    private static decimal NiceStep(decimal raw)
    {
        var magnitude = (decimal)Math.Pow(10, Math.Floor(Math.Log10((double)raw)));
        var fraction = raw / magnitude;
        var nice = fraction <= 1m ? 1m : fraction <= 2m ? 2m : fraction <= 5m ? 5m : 10m;
        return nice * magnitude;
    }
}
