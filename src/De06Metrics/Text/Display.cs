
namespace De06Metrics.Text;

/// <summary>Number texts shared by composite and scoring results.</summary>
internal static class Display
{
    /// <summary>
    /// Writes a value with as many decimals as it has, up to <paramref name="maximumDecimals"/>: 80 → "80",
    /// 2,5 → "2,5", 1/3 → "0,3333". Rounding is for display only.
    /// </summary>
    public static string Natural(decimal value, Language language, int maximumDecimals = 4)
    {
        var rounded = Math.Round(value, maximumDecimals, MidpointRounding.AwayFromZero);
        var normalised = rounded / 1.0000000000000000000000000000m;
        var scale = (decimal.GetBits(normalised)[3] >> 16) & 0xFF;
        return language.FormatNumber(rounded, Math.Min(scale, maximumDecimals));
    }

    /// <summary>Writes a share of one as a percent with one decimal: 0,6 → "60%", 0,3333 → "33,3%".</summary>
    public static string Percent(decimal share, Language language) => Natural(share * 100m, language, 1) + "%";
}
