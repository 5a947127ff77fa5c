namespace De06Metrics.Text;

/// <summary>A text in Vietnamese and, where given, English, such as an indicator's or a unit's name.</summary>
/// <remarks>
/// Vietnamese is required because every report this library serves is published in Vietnamese; an English text that
/// was not given falls back to the Vietnamese one rather than to an empty string. Immutable and thread-safe.
/// </remarks>
public readonly struct LocalizedText : IEquatable<LocalizedText>
{
    private readonly string? vietnamese;
    private readonly string? english;

    // A text the library writes itself (a built-in band's name, a base period's label, a reason) is kept as the way to
    // write it, so that it comes out in the language asked for, whichever that is, not only in the two it stores.
    private readonly Func<Language, string>? write;

    /// <summary>Creates a text from its Vietnamese and optional English forms.</summary>
    /// <param name="vietnamese">The Vietnamese text; must not be empty or white space.</param>
    /// <param name="english">The English text, or <see langword="null"/> when there is none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="vietnamese"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A text is empty or white space.</exception>
    public LocalizedText(string vietnamese, string? english = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(vietnamese);
        if (english is not null)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(english);
        }

        this.vietnamese = vietnamese;
        this.english = english;
    }

    /// <summary>A text the library names itself: one phrase of the books, without placeholders.</summary>
    /// <param name="phrase">The phrase.</param>
    internal LocalizedText(Phrase phrase)
        : this(language => language[phrase])
    {
    }

    /// <summary>A text the library writes itself, from the phrase book of whichever language it is asked in.</summary>
    /// <param name="write">Writes the text in a language; must be pure, as the text is written again on each read.</param>
    internal LocalizedText(Func<Language, string> write) => this.write = write;

    /// <summary>The Vietnamese text; empty only for <c>default</c>.</summary>
    public string Vietnamese => write is { } w ? w(Language.Vietnamese) : vietnamese ?? string.Empty;

    /// <summary>The English text as given, or <see langword="null"/>.</summary>
    public string? English => write is { } w ? w(Language.English) : english;

    /// <summary>The text in a language, falling back to Vietnamese where no English was given.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    public string In(Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        if (write is { } w)
        {
            return w(language);
        }

        return language == Language.English ? English ?? Vietnamese : Vietnamese;
    }

    /// <inheritdoc />
    public bool Equals(LocalizedText other) =>
        string.Equals(Vietnamese, other.Vietnamese, StringComparison.Ordinal) &&
        string.Equals(English, other.English, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is LocalizedText other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Vietnamese, English);

    /// <summary>Compares two texts for equality in both languages.</summary>
    /// <param name="left">The first text.</param>
    /// <param name="right">The second text.</param>
    /// <returns><see langword="true"/> when both forms are equal.</returns>
    public static bool operator ==(LocalizedText left, LocalizedText right) => left.Equals(right);

    /// <summary>Compares two texts for inequality.</summary>
    /// <param name="left">The first text.</param>
    /// <param name="right">The second text.</param>
    /// <returns><see langword="true"/> when a form differs.</returns>
    public static bool operator !=(LocalizedText left, LocalizedText right) => !left.Equals(right);

    /// <summary>Returns the Vietnamese text.</summary>
    /// <returns>The Vietnamese text.</returns>
    public override string ToString() => Vietnamese;
}
