using System.Globalization;
using De06Metrics.Text;

namespace De06Metrics.Scorecards;

/// <summary>
/// The templates of a scorecard row's sentence, one per language, which a host may replace with its own house style;
/// the default ones are the phrase book's.
/// Placeholders: <c>{indicator}</c> (the indicator's name), <c>{actual}</c> (the value as the report writes it),
/// <c>{details}</c> (change, target and rank clauses joined by commas), <c>{unit}</c> (the unit's name) and
/// <c>{period}</c> (the period's label).
/// </summary>
/// <remarks>
/// Ranks have templates of their own, since a position is not "reached" but held: "Xếp hạng Chỉ số PAPI: thứ 11/63 (tăng 29 bậc)".
/// The default Vietnamese template gives "Tỷ lệ hồ sơ trực tuyến đạt 88,8% (tăng 16,5 điểm phần trăm so với năm
/// 2023, vượt chỉ tiêu 18,8 điểm phần trăm)". When a row has no details the parenthesis is left out. Immutable and thread-safe.
/// </remarks>
public sealed class NarrativeTemplates
{
    // The phrase book's placeholders by number, as the templates of this class name them.
    private static readonly string[] Names = ["{indicator}", "{actual}", "{details}", "{unit}", "{period}"];

    // A host's templates, its own text in each language; null for the default, whose templates come from each
    // language's phrase book.
    private readonly LocalizedText? sentence;
    private readonly LocalizedText? rankSentence;

    /// <summary>Creates templates.</summary>
    /// <param name="vietnamese">The Vietnamese template.</param>
    /// <param name="english">The English template.</param>
    /// <param name="rankVietnamese">The Vietnamese template for ranks, where <c>{actual}</c> is "thứ 11/63".</param>
    /// <param name="rankEnglish">The English template for ranks, where <c>{actual}</c> is "11th of 63".</param>
    /// <exception cref="ArgumentException">A template is empty, or lacks <c>{actual}</c>.</exception>
    public NarrativeTemplates(string vietnamese, string english, string rankVietnamese, string rankEnglish)
    {
        sentence = new LocalizedText(Check(vietnamese, nameof(vietnamese)), Check(english, nameof(english)));
        rankSentence = new LocalizedText(Check(rankVietnamese, nameof(rankVietnamese)), Check(rankEnglish, nameof(rankEnglish)));
    }

    private NarrativeTemplates()
    {
    }

    /// <summary>
    /// The phrase book's templates: "{indicator} đạt {actual} ({details})" and "{indicator}: {actual} ({details})"
    /// ("{indicator} ở mức {actual} ({details})" in Vietnamese where lower is better); for ranks
    /// "{indicator}: {actual} ({details})" in both languages.
    /// </summary>
    public static NarrativeTemplates Default { get; } = new();

    /// <summary>The template for a language.</summary>
    /// <param name="language">The language.</param>
    /// <param name="rank">Whether the value is a rank.</param>
    /// <returns>The template.</returns>
    public string For(Language language, bool rank = false)
    {
        ArgumentNullException.ThrowIfNull(language);
        if ((rank ? rankSentence : sentence) is { } host)
        {
            return host.In(language);
        }

        var template = language[rank ? Phrase.ScorecardRankSentence : Phrase.ScorecardSentence];
        for (var i = 0; i < Names.Length; i++)
        {
            template = template.Replace("{" + i.ToString(CultureInfo.InvariantCulture) + "}", Names[i], StringComparison.Ordinal);
        }

        return template;
    }

    /// <summary>Fills a template; a " ({details})" with no details is dropped whole.</summary>
    /// <param name="language">The language.</param>
    /// <param name="indicator">The indicator's name.</param>
    /// <param name="actual">The value as written.</param>
    /// <param name="details">The clauses, already joined.</param>
    /// <param name="unit">The unit's name.</param>
    /// <param name="period">The period's label.</param>
    /// <param name="rank">Whether the value is a rank.</param>
    /// <returns>The sentence.</returns>
    public string Fill(Language language, string indicator, string actual, string details, string unit, string period, bool rank = false)
    {
        var template = For(language, rank);
        if (string.IsNullOrEmpty(details))
        {
            template = template.Replace(" ({details})", string.Empty, StringComparison.Ordinal).Replace("{details}", string.Empty, StringComparison.Ordinal);
        }

        return template
            .Replace("{indicator}", indicator, StringComparison.Ordinal)
            .Replace("{actual}", actual, StringComparison.Ordinal)
            .Replace("{details}", details, StringComparison.Ordinal)
            .Replace("{unit}", unit, StringComparison.Ordinal)
            .Replace("{period}", period, StringComparison.Ordinal);
    }

    /// <summary>
    /// Fills the template of a row: the host's, or the phrase book's, which for an indicator where lower is better
    /// writes "ở mức" where Vietnamese otherwise writes "đạt" ("Tỷ lệ hồ sơ trễ hạn ở mức 2,4% (chưa đạt chỉ tiêu, cao
    /// hơn mức tối đa 0,4 điểm phần trăm)"): a rate of late dossiers is not "reached".
    /// </summary>
    internal string FillRow(Language language, string indicator, string actual, string details, string unit, string period, bool rank, bool lowerIsBetter)
    {
        ArgumentNullException.ThrowIfNull(language);
        if (rank || !lowerIsBetter || sentence is not null)
        {
            return Fill(language, indicator, actual, details, unit, period, rank);
        }

        var template = language[Phrase.ScorecardSentenceLowerIsBetter];
        if (string.IsNullOrEmpty(details))
        {
            template = template.Replace(" ({2})", string.Empty, StringComparison.Ordinal).Replace("{2}", string.Empty, StringComparison.Ordinal);
        }

        return string.Format(language, template, indicator, actual, details);
    }

    /// <summary>
    /// The sentence of a row without a value: the phrase book's "{indicator}: {actual}" ("Tỷ lệ 1: không có số liệu"),
    /// not "Tỷ lệ 1 đạt không có số liệu"; a host's own template is filled as it is, with no details.
    /// </summary>
    internal string FillWithoutValue(Language language, string indicator, string actual, string unit, string period, bool rank)
    {
        ArgumentNullException.ThrowIfNull(language);
        return (rank ? rankSentence : sentence) is null
            ? language.Format(Phrase.ScorecardNoValueSentence, indicator, actual)
            : Fill(language, indicator, actual, string.Empty, unit, period, rank);
    }

    private static string Check(string template, string paramName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(template, paramName);
        if (!template.Contains("{actual}", StringComparison.Ordinal))
        {
            throw new ArgumentException($"A narrative template needs an {{actual}} placeholder; '{template}' has none.", paramName);
        }

        return template;
    }
}
